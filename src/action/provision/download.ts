// Downloads an OpenOCD archive, checks it against its SHA-256 before anything
// else touches it, and extracts it.
import * as tc from '@actions/tool-cache'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ChecksumError, ProvisionError } from './errors.js'
import { sha256File } from '../../util/hash.js'

/** The path of the downloaded archive, only once its SHA-256 matched. */
export async function downloadVerified(url: string, sha256: string): Promise<string> {
  let file: string
  try {
    file = await tc.downloadTool(url)
  } catch (error) {
    throw new ProvisionError(
      `Downloading OpenOCD from ${url} failed: ${(error as Error).message}`,
      {
        cause: error,
      },
    )
  }
  const actual = await sha256File(file)
  if (actual !== sha256) {
    await rm(file, { force: true })
    throw new ChecksumError(url, sha256, actual)
  }
  return file
}

/**
 * Extracts a verified archive into `dest` and returns its single top-level
 * `xpack-openocd-*` folder. The archive type comes from the URL's file name.
 */
export async function extractXpack(archive: string, url: string, dest: string): Promise<string> {
  const name = new URL(url).pathname
  if (name.endsWith('.zip')) await tc.extractZip(archive, dest)
  else if (name.endsWith('.tar.gz') || name.endsWith('.tgz')) await tc.extractTar(archive, dest)
  else throw new ProvisionError(`Cannot tell the archive type of ${url}: expected .tar.gz or .zip.`)

  const roots = (await readdir(dest, { withFileTypes: true })).filter(
    (e) => e.isDirectory() && e.name.startsWith('xpack-openocd-'),
  )
  if (roots.length !== 1) {
    throw new ProvisionError(
      `The archive from ${url} should hold one top-level xpack-openocd-* folder, found ${roots.length}.`,
    )
  }
  return join(dest, roots[0].name)
}
