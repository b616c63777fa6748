// A stand-in for GitHub's release download host, serving xPack-style OpenOCD
// archives built from the local OpenOCD. Like github.com it answers the release
// URL with a 302 to an absolute asset URL (http-client cannot follow a relative one).
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { findOpenOcdOnPath, findScriptsDir } from '../../src/openocd/binary.js'

const execFileAsync = promisify(execFile)
const RELEASES = '/xpack-dev-tools/openocd-xpack/releases/download/'
const ASSETS = '/release-assets/'

export interface XpackHost {
  /** Use as `baseUrl`: the same shape as https://github.com/xpack-dev-tools/openocd-xpack/releases/download */
  baseUrl: string
  /** An archive's direct URL, for the explicit `url` option. */
  assetUrl(fileName: string): string
  /** Asset bodies served so far. */
  readonly downloads: number
  close(): Promise<void>
}

/** Serves `assets` (file name → bytes) at `<baseUrl>/v<version>/<file name>`. */
export async function startXpackHost(assets: Record<string, Buffer>): Promise<XpackHost> {
  let downloads = 0
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const fileName = path.slice(path.lastIndexOf('/') + 1)
    if (path.startsWith(RELEASES) && assets[fileName]) {
      res.writeHead(302, { location: `${origin}${ASSETS}${fileName}?sig=stand-in` }).end()
    } else if (path === `${ASSETS}${fileName}` && assets[fileName]) {
      downloads++
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(assets[fileName])
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    baseUrl: `${origin}${RELEASES.slice(0, -1)}`,
    assetUrl: (fileName) => `${origin}${ASSETS}${fileName}`,
    get downloads() {
      return downloads
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export interface XpackArchive {
  fileName: string
  bytes: Buffer
  sha256: string
}

/** A few real script files, so a test can check the scripts folder is found. */
export const ARCHIVED_SCRIPTS = ['interface/dummy.cfg', 'target/stm32f1x.cfg']

/**
 * Builds `xpack-openocd-<version>-linux-x64.tar.gz` in `workDir` with the xPack
 * layout. Its bin/openocd is a wrapper that appends a line to `marker` and then
 * execs the local OpenOCD, so a test can tell whether it was ever run.
 */
export async function buildXpackArchive(
  workDir: string,
  version: string,
  marker: string,
): Promise<XpackArchive> {
  const top = `xpack-openocd-${version}`
  const root = join(workDir, 'stage', top)
  const realOpenOcd = (await findOpenOcdOnPath())!
  const realScripts = await findScriptsDir(realOpenOcd)
  if (realScripts === undefined) throw new Error(`no scripts folder next to ${realOpenOcd}`)

  await mkdir(join(root, 'bin'), { recursive: true })
  await writeFile(
    join(root, 'bin', 'openocd'),
    `#!/bin/sh\necho ran >> ${shellQuote(marker)}\nexec ${shellQuote(realOpenOcd)} "$@"\n`,
  )
  await chmod(join(root, 'bin', 'openocd'), 0o755)
  for (const script of ARCHIVED_SCRIPTS) {
    await mkdir(join(root, 'openocd', 'scripts', script, '..'), { recursive: true })
    await copyFile(join(realScripts, script), join(root, 'openocd', 'scripts', script))
  }
  await writeFile(join(root, 'README.md'), `Stand-in for xPack OpenOCD ${version}\n`)

  const fileName = `${top}-linux-x64.tar.gz`
  const archivePath = join(workDir, fileName)
  await execFileAsync('tar', ['-czf', archivePath, '-C', join(workDir, 'stage'), top])
  const bytes = await readFile(archivePath)
  return { fileName, bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`
}
