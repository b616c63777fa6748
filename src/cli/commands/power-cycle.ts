// openocd-flash power-cycle BOARD: switches a board off and on with the
// inventory's power-cycle commands, holding its probe lock, so that a board
// another job is flashing is never cut off.
import {
  acquireProbeLock,
  formatHolder,
  LockTimeoutError,
  probeLockKey,
  type ProbeLock,
} from '../../board/lock.js'
import { LockDirError } from '../../board/lock-dir.js'
import { powerCycle, PowerCycleError } from '../../board/power-cycle.js'
import { selectBoard } from '../../board/select.js'
import type { BoardSpec, PowerCycle } from '../../board/spec.js'
import { BoardError } from '../../board/virtual.js'
import { ExitCode } from '../../exit-codes.js'
import { formatDuration } from '../../report/format.js'
import { powerCycleLines } from '../../report/console.js'
import { STOP_SIGNALS } from '../../util/children.js'
import { SourceError } from '../../util/yaml-schema.js'
import { parseDuration, usageLine, UsageError } from '../args.js'
import { commandOptions } from '../command-options.js'
import { lockHolder } from '../lock-holder.js'

const HELP = `usage: openocd-flash power-cycle BOARD [options]

Switches the board's power off and on with its inventory 'power-cycle'
commands (argv, never a shell), printing what each prints, then waits for
the probe's serial to re-enumerate. Takes the board's probe lock first, so it
waits for a job that is using the board rather than cutting its power.

options:
  --inventory FILE          board inventory (default: $OPENOCD_FLASH_INVENTORY, /etc/openocd-flash/boards.yml)
  --enumerate-timeout DUR   how long the probe may take to come back (default 30s)
  --lock-timeout DURATION   how long to wait for a probe another job holds (default 10m)
  --lock-dir DIR            probe lock folder (default: $OPENOCD_FLASH_LOCK_DIR, /var/lock/openocd-flash)

exit codes: 0 power-cycled (and the probe came back), 2 invalid input (unknown
board, no power-cycle entry), 3 a command failed or the probe did not come
back, 4 probe busy past --lock-timeout, 5 interrupted.`

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  inventory: { type: 'string' },
  'enumerate-timeout': { type: 'string', default: '30s' },
  'lock-timeout': { type: 'string', default: '10m' },
  'lock-dir': { type: 'string' },
} as const

type Values = Exclude<ReturnType<typeof commandOptions<typeof OPTIONS>>, number>['values']

interface Request {
  board: BoardSpec
  commands: PowerCycle
  enumerateTimeoutMs: number
  lockTimeoutMs: number
}

export default async function powerCycleCommand(argv: string[]): Promise<number> {
  const parsed = commandOptions('power-cycle', argv, OPTIONS, HELP, true)
  if (typeof parsed === 'number') return parsed
  let request: Request
  try {
    request = await requestOf(parsed.values, parsed.positionals)
  } catch (err) {
    if (!(err instanceof UsageError || err instanceof BoardError || err instanceof SourceError))
      throw err
    fail(ExitCode.InvalidInput, err.message)
    if (err instanceof UsageError)
      console.error(`${usageLine(HELP)}\nrun 'openocd-flash power-cycle --help' for the options`)
    return ExitCode.InvalidInput
  }
  const controller = new AbortController()
  const onSignal = () => controller.abort(new Error('interrupted'))
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal)
  try {
    return await lockedCycle(request, parsed.values['lock-dir'], controller.signal)
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal)
  }
}

function fail(code: number, message: string): number {
  console.error(`openocd-flash power-cycle: ${message}`)
  return code
}

async function requestOf(values: Values, positionals: string[]): Promise<Request> {
  if (positionals.length !== 1)
    throw new UsageError('give exactly one board: openocd-flash power-cycle BOARD')
  const enumerateTimeoutMs = parseDuration(values['enumerate-timeout'], 'enumerate-timeout')
  const lockTimeoutMs = parseDuration(values['lock-timeout'], 'lock-timeout')
  const board = await selectBoard(
    {
      board: positionals[0],
      inventory: values.inventory,
      ...{ interface: [], target: [], config: [], commands: [], searchDirs: [], faults: [] },
    },
    process.env,
  )
  if (!board.powerCycle)
    throw new BoardError(
      `board '${board.name}' has no 'power-cycle' entry in the inventory: give it 'power-cycle: { off: [...], on: [...] }' (see docs/agent.md)`,
    )
  return { board, commands: board.powerCycle, enumerateTimeoutMs, lockTimeoutMs }
}

/** Takes the probe lock, power-cycles, and says how it went: the exit code. */
async function lockedCycle(
  { board, commands, enumerateTimeoutMs, lockTimeoutMs }: Request,
  lockDir: string | undefined,
  signal: AbortSignal,
): Promise<number> {
  const key = probeLockKey(board)
  let lock: ProbeLock
  try {
    lock = await acquireProbeLock(key, {
      timeoutMs: lockTimeoutMs,
      dir: lockDir,
      description: lockHolder(`power-cycle ${board.name}`),
      signal,
      onWait: (holder, ahead) =>
        console.log(`waiting for probe ${key}: held by ${formatHolder(holder)}, ${ahead} ahead`),
    })
  } catch (err) {
    if (err instanceof LockTimeoutError) return fail(ExitCode.LockTimeout, err.message)
    if (err instanceof LockDirError) return fail(ExitCode.Infrastructure, err.message)
    if (signal.aborted)
      return fail(ExitCode.Timeout, 'interrupted while waiting for the probe lock')
    throw err
  }
  try {
    console.log(`power-cycling ${board.name}`)
    // A stop while waiting for the probe rejects; the commands' child is killed.
    const record = await powerCycle(commands, {
      serial: board.serial,
      enumerateTimeoutMs,
      signal,
    }).catch((err: unknown) => (signal.aborted ? undefined : Promise.reject(err)))
    if (record) powerCycleLines(record).forEach((line) => console.log(line))
    if (!record || signal.aborted)
      return fail(ExitCode.Timeout, "interrupted: the board's power may be off")
    if (!record.ok)
      return fail(ExitCode.Infrastructure, new PowerCycleError(record, board.serial).message)
    const back =
      record.reenumerated === undefined
        ? 'no serial in the inventory, so not waiting for the probe to re-enumerate'
        : `probe ${board.serial} re-enumerated`
    console.log(`✔ ${board.name} power-cycled in ${formatDuration(record.durationMs)}; ${back}`)
    return ExitCode.Success
  } finally {
    lock.release()
  }
}
