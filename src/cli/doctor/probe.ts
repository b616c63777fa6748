// Doctor --probe: asks OpenOCD itself whether a board's probe is attached and
// its target answers, by starting it with the board's config and running init.
import path from 'node:path'
import type { InventoryBoard } from '../../board/inventory.js'
import { acquireProbeLock, formatHolder, LockTimeoutError, probeLockKey } from '../../board/lock.js'
import { withoutHarmlessErrors } from '../../openocd/classify.js'
import { boardConfig } from '../../openocd/config.js'
import { OpenOcdError, ProcessError, type StartFailure } from '../../openocd/errors.js'
import { Session } from '../../openocd/session.js'
import { fail, ok, warn, type Check } from './check.js'

export interface ProbeCheckOptions {
  binary?: string
  lockDir?: string
  /** Folder for OpenOCD's log files. */
  logDir: string
  /** For OpenOCD to open its port, and then for init. */
  timeoutMs: number
  /** Shown to jobs that wait for the probe meanwhile. */
  description: string
}

// A job that holds the probe is not disturbed; a moment's wait lets a
// newcomer that is just taking its ticket finish.
const LOCK_WAIT_MS = 500

const FAILURES: Partial<Record<StartFailure, string>> = {
  'probe-not-found': 'probe not found',
  'target-not-responding': 'probe found, but the target does not respond',
  'config-not-found': 'a config file was not found',
  'port-in-use': 'a server port is in use',
  'transport-not-supported': 'the adapter does not offer the transport',
}

export async function checkProbe(board: InventoryBoard, opts: ProbeCheckOptions): Promise<Check> {
  const subject = `probe ${board.name}`
  let lock
  try {
    lock = await acquireProbeLock(probeLockKey(board), {
      dir: opts.lockDir,
      timeoutMs: LOCK_WAIT_MS,
      description: opts.description,
    })
  } catch (err) {
    if (!(err instanceof LockTimeoutError)) return fail(subject, (err as Error).message)
    const by = err.holder ? `held by ${formatHolder(err.holder)}` : 'busy'
    return warn(subject, `not probed: ${by}`)
  }
  try {
    return await openProbe(board, subject, opts)
  } finally {
    lock.release()
  }
}

async function openProbe(
  board: InventoryBoard,
  subject: string,
  opts: ProbeCheckOptions,
): Promise<Check> {
  const serial = board.serial ? ` (serial ${board.serial})` : ''
  const started = Date.now()
  try {
    const session = await Session.start({
      binary: opts.binary,
      searchDirs: board.searchDirs,
      config: boardConfig(board),
      logFile: path.join(opts.logDir, `${board.name}.log`),
      startTimeoutMs: opts.timeoutMs,
      commandTimeoutMs: opts.timeoutMs,
    })
    await session.close()
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    return ok(subject, `probe${serial} found and target responds (OpenOCD init in ${seconds} s)`)
  } catch (err) {
    if (err instanceof ProcessError) {
      const what = FAILURES[err.failure] ?? 'OpenOCD could not initialise'
      return fail(subject, `${what}${serial}: ${lastError(err.logTail) ?? err.failure}`)
    }
    if (err instanceof OpenOcdError) return fail(subject, err.message.split('\n')[0]!)
    throw err
  }
}

/** OpenOCD's last `Error:` line: usually the one that names the cause. */
function lastError(log: string): string | undefined {
  return withoutHarmlessErrors(log.split('\n'))
    .filter((l) => l.startsWith('Error:'))
    .at(-1)
}
