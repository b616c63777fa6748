// Read-only view of the probe locks, for `openocd-flash boards` and `doctor`.
import { readdirSync, type Dirent } from 'node:fs'
import path from 'node:path'
import { dirNameToKey, keyToDirName, resolveLockDir } from './lock-dir.js'
import { readQueue, type LockHolder } from './lock-queue.js'

export interface LockStatus {
  key: string
  /** Absent when the probe is free. */
  holder?: LockHolder
  /** In queue order. */
  waiting: LockHolder[]
}

/** The lock of one probe; `dir` as for acquireProbeLock. */
export function lockStatus(key: string, dir?: string): LockStatus {
  return statusOf(key, path.join(lockDir(dir), keyToDirName(key)))
}

/** Every probe that has been locked in the lock directory, held or free. */
export function listLocks(dir?: string): LockStatus[] {
  const base = lockDir(dir)
  let entries: Dirent[]
  try {
    entries = readdirSync(base, { withFileTypes: true })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .flatMap((name) => {
      const key = dirNameToKey(name)
      return key === undefined ? [] : [statusOf(key, path.join(base, name))]
    })
}

const lockDir = (dir?: string) => resolveLockDir({ dir, env: process.env })

function statusOf(key: string, keyDir: string): LockStatus {
  const [holder, ...waiting] = readQueue(keyDir).tickets
  return { key, holder, waiting }
}
