// The fault-and-attack harness: each case is one `openocd-flash run` (real
// OpenOCD, the virtual STM32F103 with 64 KiB, its flash in a --state file) in
// a scratch folder, and every case is held to the same invariants:
//   - the exit code is the one the README promises;
//   - a report is written, and it names the failing step;
//   - the first backup holds exactly the flash as it was before the run;
//   - after a restore, the flash is exactly as it was before the run
//     (and a run that was refused or stopped before changing anything left
//     it as it was);
//   - no OpenOCD is left: the pids this run printed are gone (never a global
//     pgrep: other jobs run OpenOCD on this machine), and neither is the CLI,
//     which holds the simulator.
// Images are small and destructive steps touch few sectors: the simulated
// flash programs slowly, and a restore rewrites only what differs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect } from 'vitest'
import type { Report } from '../../../src/report/model.js'
import { startVirtualTarget } from '../../../src/sim/index.js'
import { readProcStat } from '../../../src/board/liveness.js'
import { spawnCli, type CliProcess } from '../../support/cli.js'
import { pattern } from '../../support/images.js'

export const BASE = 0x08000000
export const SECTOR = 0x400
export const FLASH_SIZE = 0x10000

export interface CaseContext {
  dir: string
  out: string
  state: string
  /** Writes a file into the case folder; returns its path. */
  put(name: string, data: string | Buffer): string
}

export interface Outcome {
  code: number | null
  output: string
  report?: Report
  before: Buffer
  after: Buffer
  ctx: CaseContext
  cliPid: number
}

export interface Case {
  name: string
  /** The defect class it attacks: outputs, restore, faults, signals, limits, ... */
  kind: string
  /** The step file (YAML); may refer to files that `setup` puts in the case folder. */
  steps: string | Buffer | ((ctx: CaseContext) => string)
  setup?: (ctx: CaseContext) => void
  /** The report folder is the case folder, where the step file and images are. */
  outInCaseFolder?: boolean
  /** The board options, instead of the virtual F103 on the case's state file. */
  board?: string[]
  /** Extra CLI options, e.g. --fault; they come last, so they win. */
  args?: string[] | ((ctx: CaseContext) => string[])
  /** What happens to the running CLI (signals). */
  during?: (job: CliProcess, ctx: CaseContext) => Promise<void>
  /** null: the CLI was killed by a signal. */
  exit: number | null
  /** 1-based number of the step the report must name as failed; 0: none. */
  failedStep?: number
  /** No report is expected (the CLI itself was killed, or refused its options). */
  noReport?: boolean
  /** The run must not have started OpenOCD (refused before connecting). */
  beforeOpenOcd?: boolean
  /** The flash after the run must equal the flash before (refused, restored, or untouched). */
  flashUnchanged?: boolean
  /** A restore must have run and passed. */
  restored?: boolean
  /** Text the output or report message must contain. */
  says?: RegExp
  /** The case corrupts a backup on purpose: its bytes are not compared. */
  noBackupCheck?: boolean
  check?: (o: Outcome) => void | Promise<void>
}

let template: Buffer | undefined

/** A blank F103 state file, made once by the simulator itself. */
async function blankState(): Promise<Buffer> {
  if (template) return template
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ofl-rel-blank-'))
  const file = path.join(dir, 'state.bin')
  const sim = await startVirtualTarget({ chip: 'stm32f103', state: file })
  await sim.close()
  template = readFileSync(file)
  rmSync(dir, { recursive: true, force: true })
  return template
}

/** Flash content before each case: two sectors of data, the rest erased. */
export const INITIAL = Buffer.concat([
  pattern(2 * SECTOR, 7),
  Buffer.alloc(FLASH_SIZE - 2 * SECTOR, 0xff),
])

function flashOffset(state: Buffer): number {
  return state.indexOf(0x0a) + 1
}

export function readStateFlash(file: string): Buffer {
  const data = readFileSync(file)
  const at = flashOffset(data)
  return Buffer.from(data.subarray(at, at + FLASH_SIZE))
}

function isGone(pid: number): boolean {
  const stat = readProcStat(pid)
  return stat === undefined || stat.state === 'Z'
}

/** Waits until `pid` has exited (a zombie counts), at most `ms`. */
export async function waitGone(pid: number, ms = 20_000): Promise<boolean> {
  const until = Date.now() + ms
  while (!isGone(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50))
  return isGone(pid)
}

export const openOcdPids = (output: string) =>
  [...output.matchAll(/OpenOCD started \(pid (\d+)/g)].map((m) => Number(m[1]))

export async function runCase(c: Case): Promise<Outcome> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ofl-rel-'))
  const ctx: CaseContext = {
    dir,
    out: c.outInCaseFolder ? dir : path.join(dir, 'out'),
    state: path.join(dir, 'board.bin'),
    put(name, data) {
      const file = path.join(dir, name)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, data)
      return file
    },
  }
  const blank = Buffer.from(await blankState())
  INITIAL.copy(blank, flashOffset(blank))
  writeFileSync(ctx.state, blank)
  c.setup?.(ctx)
  const steps = ctx.put('steps.yml', typeof c.steps === 'function' ? c.steps(ctx) : c.steps)
  const extra = typeof c.args === 'function' ? c.args(ctx) : (c.args ?? [])
  const job = spawnCli([
    'run',
    steps,
    ...(c.board ?? ['--board', 'virtual:stm32f103', '--state', ctx.state]),
    '--out',
    ctx.out,
    '--lock-dir',
    path.join(dir, 'locks'),
    ...extra,
  ])
  await c.during?.(job, ctx)
  const { code } = await job.result
  const output = job.output()
  const reportFile = path.join(ctx.out, 'report.json')
  const report = existsSync(reportFile)
    ? (JSON.parse(readFileSync(reportFile, 'utf8')) as Report)
    : undefined
  const outcome: Outcome = {
    code,
    output,
    report,
    before: INITIAL,
    after: readStateFlash(ctx.state),
    ctx,
    cliPid: job.child.pid!,
  }
  await assertInvariants(c, outcome, job.child.pid!)
  rmSync(dir, { recursive: true, force: true })
  return outcome
}

async function assertInvariants(c: Case, o: Outcome, cliPid: number): Promise<void> {
  const why = `${c.name}\n${o.output}`
  expect(o.code, why).toBe(c.exit)
  for (const pid of [cliPid, ...openOcdPids(o.output)])
    expect(await waitGone(pid), `pid ${pid} still running\n${why}`).toBe(true)
  if (c.beforeOpenOcd) expect(openOcdPids(o.output), why).toEqual([])
  if (c.noReport) expect(o.report, why).toBeUndefined()
  else {
    expect(o.report, `no report.json\n${why}`).toBeDefined()
    const r = o.report!
    expect(r.exitCode, why).toBe(c.exit)
    if (c.failedStep) {
      const step = r.steps[c.failedStep - 1]
      expect(step && ['failed', 'timeout'].includes(step.status), why).toBe(true)
      expect(step.error?.message, why).toBeTruthy()
    }
    // the first backup holds the flash as it was before the run (later ones
    // may follow a change on purpose)
    const first = r.steps.flatMap((s) => s.files).find((f) => f.role === 'backup')
    if (first && !c.noBackupCheck) {
      const bytes = readFileSync(path.join(o.ctx.out, first.path))
      expect(
        bytes.equals(o.before),
        `backup ${first.path} differs from the flash before\n${why}`,
      ).toBe(true)
    }
    if (c.restored) expect(r.restore?.status, why).toBe('passed')
  }
  if (c.restored || c.flashUnchanged)
    expect(o.after.equals(o.before), `flash differs from before the run\n${why}`).toBe(true)
  if (c.says) expect(o.output + (o.report?.message ?? ''), why).toMatch(c.says)
  await c.check?.(o)
}

/** Resolves once the run's output contains `text`. */
export const when = (job: CliProcess, text: string | RegExp) => job.waitFor(text, 300_000)
