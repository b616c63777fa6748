// A separate process that takes a probe lock, logs to a shared file, holds
// the lock, and releases it. Argument: JSON of HolderArgs.
import { appendFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { acquireProbeLock, LockTimeoutError } from '../../../src/board/lock.js'

export interface HolderArgs {
  dir: string
  key: string
  /** Shared log: `wait|start|end <label>` lines, in the order they happened. */
  log: string
  label: string
  /** Milliseconds; `stdin`: until stdin closes; `exit`: exit without releasing. */
  hold: number | 'stdin' | 'exit'
  timeoutMs: number
  /** Wall-clock time (ms) to ask for the lock at, so that processes race for it. */
  startAt?: number
}

const args = JSON.parse(process.argv[2] ?? '') as HolderArgs
const log = (event: string) => appendFileSync(args.log, `${event} ${args.label}\n`)

if (args.startAt) await sleep(args.startAt - Date.now())
try {
  const lock = await acquireProbeLock(args.key, {
    dir: args.dir,
    timeoutMs: args.timeoutMs,
    description: `job ${args.label}`,
    onWait: () => log('wait'),
  })
  log('start')
  process.stdout.write(`${lock.ticket}\n`)
  if (args.hold === 'exit') process.exit(0)
  if (args.hold === 'stdin')
    await new Promise((resolve) => process.stdin.on('end', resolve).resume())
  else await sleep(args.hold)
  log('end')
  lock.release()
} catch (err) {
  if (!(err instanceof LockTimeoutError)) throw err
  process.stderr.write(`${err.message}\n`)
  process.exitCode = err.exitCode
}
