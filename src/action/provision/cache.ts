// The tool cache entry for an xPack OpenOCD, with a record of what was verified.
// Self-hosted runners keep the tool cache between jobs, so an entry is re-hashed
// against its record on every hit instead of trusting tool-cache's `.complete` marker.
import * as core from '@actions/core'
import * as tc from '@actions/tool-cache'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { sha256Tree } from '../../util/hash.js'

const TOOL = 'openocd-xpack'

interface CacheRecord {
  /** The SHA-256 the archive matched before it was extracted. */
  archiveSha256: string
  /** sha256Tree of the cached folder right after it was cached. */
  treeSha256: string
}

/** A sibling of the cached folder, like tool-cache's own `<arch>.complete`, so it is not part of the tree it describes. */
function recordPath(dir: string): string {
  return `${dir}.verified.json`
}

/** Copies a verified, extracted root into the tool cache and records its digests. */
export async function cacheVerified(
  root: string,
  version: string,
  arch: string,
  archiveSha256: string,
): Promise<string> {
  const dir = await tc.cacheDir(root, TOOL, version, arch)
  const record: CacheRecord = { archiveSha256, treeSha256: await sha256Tree(dir) }
  await writeFile(recordPath(dir), `${JSON.stringify(record)}\n`)
  return dir
}

/**
 * The cached folder for this version, if it was made from the archive with
 * `archiveSha256` and is unchanged since. A stale or altered entry is removed
 * (with a warning) so the caller downloads it again.
 */
export async function findVerifiedCache(
  version: string,
  arch: string,
  archiveSha256: string,
): Promise<string | undefined> {
  const dir = tc.find(TOOL, version, arch)
  if (!dir) return undefined
  const problem = await cacheProblem(dir, archiveSha256)
  if (problem === undefined) return dir
  core.warning(
    `Discarding the cached OpenOCD ${version} in ${dir}: ${problem}. Downloading it again.`,
  )
  await Promise.all(
    [dir, `${dir}.complete`, recordPath(dir)].map((p) => rm(p, { recursive: true, force: true })),
  )
  return undefined
}

async function cacheProblem(dir: string, archiveSha256: string): Promise<string | undefined> {
  const record = await readRecord(dir)
  if (record === undefined) return 'it has no verification record'
  if (record.archiveSha256 !== archiveSha256) {
    return `it was made from an archive with SHA-256 ${record.archiveSha256}, not ${archiveSha256}`
  }
  if ((await sha256Tree(dir)) !== record.treeSha256)
    return 'its files changed after they were verified'
  return undefined
}

async function readRecord(dir: string): Promise<CacheRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(recordPath(dir), 'utf8')) as Partial<CacheRecord>
    if (typeof record.archiveSha256 === 'string' && typeof record.treeSha256 === 'string') {
      return record as CacheRecord
    }
  } catch {
    // A missing or unreadable record means the entry cannot be trusted; the caller says so.
  }
  return undefined
}
