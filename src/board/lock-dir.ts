// Where probe locks live, and how a lock key maps to its folder there.
import { accessSync, chmodSync, constants, existsSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { makeDirectory } from '../util/make-dir.js'

export const LOCK_DIR_ENV = 'OPENOCD_FLASH_LOCK_DIR'
export const SYSTEM_LOCK_DIR = '/var/lock/openocd-flash'

/**
 * Option > $OPENOCD_FLASH_LOCK_DIR > /var/lock/openocd-flash when writable >
 * a folder in the temp dir. Every runner on a host must end up with the same
 * folder, or their locks do not see each other.
 */
export function resolveLockDir(opts: { dir?: string; env: NodeJS.ProcessEnv }): string {
  if (opts.dir) return opts.dir
  const fromEnv = opts.env[LOCK_DIR_ENV]
  if (fromEnv) return fromEnv
  return canWrite(SYSTEM_LOCK_DIR) ? SYSTEM_LOCK_DIR : path.join(tmpdir(), 'openocd-flash-locks')
}

// Without creating anything: the folder, or where it would be created.
function canWrite(dir: string): boolean {
  try {
    accessSync(existsSync(dir) ? dir : path.dirname(dir), constants.W_OK)
    return true
  } catch {
    return false
  }
}

// Keys are serials or names; anything but letters, digits, _ and - is
// escaped so that no key can be '.', '..' or contain a slash.
export function keyToDirName(key: string): string {
  if (key === '') throw new Error('a probe lock key must not be empty')
  return encodeURIComponent(key).replace(
    /[.!~*'()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

export function dirNameToKey(name: string): string | undefined {
  try {
    return decodeURIComponent(name)
  } catch {
    return undefined
  }
}

/** The lock directory cannot be used; the message says what to do. */
export class LockDirError extends Error {
  constructor(dir: string, cause: unknown) {
    super(
      `cannot use the probe lock directory ${dir}: ${(cause as Error).message} ` +
        `(set ${LOCK_DIR_ENV} to a folder every runner on this host can write)`,
      { cause },
    )
    this.name = 'LockDirError'
  }
}

/** Creates `dir` if needed, open to every user: runners on one host may run as different users. */
export function ensureSharedDir(dir: string): void {
  if (existsSync(dir)) return
  makeDirectory(path.dirname(dir), 'the probe lock folder')
  try {
    mkdirSync(dir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return
    throw err
  }
  try {
    chmodSync(dir, 0o777)
  } catch {
    // Not ours to open up; the owner's umask stands.
  }
}
