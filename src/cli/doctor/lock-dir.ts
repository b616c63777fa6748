// Doctor: can this process queue for probes, and in which folder? Runners
// whose lock folders differ do not see each other's locks.
import { accessSync, constants, existsSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { LOCK_DIR_ENV, resolveLockDir, SYSTEM_LOCK_DIR } from '../../board/lock-dir.js'
import { fail, ok, warn, type Check } from './check.js'

const SUBJECT = 'lock directory'

export function checkLockDir(option: string | undefined, env: NodeJS.ProcessEnv): Check {
  const dir = resolveLockDir({ dir: option, env })
  const fallback = !option && !env[LOCK_DIR_ENV] && dir !== SYSTEM_LOCK_DIR
  const from = option
    ? '--lock-dir'
    : env[LOCK_DIR_ENV]
      ? `$${LOCK_DIR_ENV}`
      : fallback
        ? `${SYSTEM_LOCK_DIR} is not writable, so a temp folder`
        : 'default'
  let state: string
  try {
    state = existsSync(dir) ? tryWrite(dir) : tryCreate(dir)
  } catch (err) {
    return fail(
      SUBJECT,
      `${dir} (${from}) is not writable: ${(err as Error).message}; set ${LOCK_DIR_ENV} to a folder every runner on this host can write`,
    )
  }
  const message = `${dir} (${from}) ${state}; every runner on this host must use this same folder (set ${LOCK_DIR_ENV} in each runner's environment)`
  return fallback ? warn(SUBJECT, message) : ok(SUBJECT, message)
}

// What a lock does there: create and remove a file.
function tryWrite(dir: string): string {
  const probe = path.join(dir, `.doctor-${process.pid}`)
  writeFileSync(probe, '')
  unlinkSync(probe)
  // Runners may run as different users; each must be able to queue and to clear dead holders.
  return (statSync(dir).mode & 0o002) === 0
    ? 'is writable, by its owner and group only: enough when every runner runs as one user'
    : 'is writable'
}

// Without creating it: the first lock creates it, open to every user.
function tryCreate(dir: string): string {
  let parent = path.dirname(dir)
  while (!existsSync(parent)) parent = path.dirname(parent)
  if (!statSync(parent).isDirectory()) throw new Error(`${parent} is not a folder`)
  accessSync(parent, constants.W_OK)
  return 'does not exist yet; the first run creates it'
}
