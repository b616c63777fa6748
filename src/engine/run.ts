// Runs a step file against a board: validate, lock the probe, start OpenOCD,
// plan, execute, restore on failure, and always write the report. What
// happens is told as one stream of typed events (events.ts); the report is
// built from that stream like any other consumer's view.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { openBoardTarget, type BoardTarget } from '../board/connect.js'
import {
  acquireProbeLock,
  LockTimeoutError,
  probeLockKey,
  type LockHolder,
  type ProbeLock,
} from '../board/lock.js'
import type { BoardSpec } from '../board/spec.js'
import { powerCycle, PowerCycleError } from '../board/power-cycle.js'
import { ExitCode } from '../exit-codes.js'
import { ImageError } from '../image/index.js'
import type { OnBytes } from '../openocd/chunks.js'
import { OpenOcdError, ProcessError } from '../openocd/errors.js'
import { lostTarget, transientCause } from '../openocd/classify.js'
import { readoutProtection, type ReadoutProtection } from '../openocd/readout-protection.js'
import { Session } from '../openocd/session.js'
import type { FlashBank } from '../openocd/types.js'
import { loadStepFile, StepFileNotFoundError, type StepPlanFile } from '../plan/load.js'
import type { Step, StepKind } from '../plan/steps.js'
import { buildPlan, PlanError, type PlannedStep } from '../plan/plan.js'
import { snapshotInputs, type InputSnapshot } from '../plan/snapshot.js'
import type { PowerCycleRecord, Report, RunResult, StepRecord } from '../report/model.js'
import { writeReport, type ReportFiles } from '../report/write.js'
import { StepFailure, type StepContext } from '../steps/context.js'
import { executeStep } from '../steps/index.js'
import { SourceError, type SourceProblem } from '../util/yaml-schema.js'
import { StateFileError } from '../sim/state-file.js'
import { attemptLog, checkOutputs, powerCycleLog } from '../plan/outputs.js'
import { makeDirectory } from '../util/make-dir.js'
import { DeadlineError, withDeadline } from './deadline.js'
import type { RunEvent, RunEventListener, Transfer } from './events.js'
import { ReportRecorder } from './recorder.js'
import { bankRecord, ranStepRecord, stepRecord, type StepOutcome } from './records.js'
import { restoreBackups } from './restore.js'

export type { RunEvent, RunEventListener } from './events.js'

export interface RunOptions {
  /** The step file; with `stepText`, only its name (and folder, for relative paths). */
  stepFile: string
  stepText?: string
  board: BoardSpec
  /** OpenOCD binary (default: `openocd` on PATH) and extra script search dirs. */
  openocd?: { binary?: string; searchDirs?: string[] }
  /** The report folder. */
  outDir: string
  dryRun?: boolean
  /** Time limit for the whole run. */
  timeoutMs?: number
  /** Connection retries for failures transient by class (default: the board's, else DEFAULT_RETRIES). */
  retries?: number
  lock?: { timeoutMs: number; dir?: string; description: string }
  signal?: AbortSignal
  /** Everything the run does, as it happens (report/console.ts turns events into lines). */
  onEvent?: RunEventListener
  /** Called as resources are taken, so a separate cleanup (the action's post step) can free them. */
  onResource?: (r: { openocdPid?: number; lockTicket?: string }) => void
}

export interface RunOutcome {
  exitCode: number
  report: Report
  files: ReportFiles
}

const EXIT: Record<RunResult, number> = {
  success: ExitCode.Success,
  'step-failed': ExitCode.StepFailed,
  'invalid-input': ExitCode.InvalidInput,
  infrastructure: ExitCode.Infrastructure,
  'lock-timeout': ExitCode.LockTimeout,
  timeout: ExitCode.Timeout,
  cancelled: ExitCode.Timeout,
}

export async function runStepFile(options: RunOptions): Promise<RunOutcome> {
  const started = Date.now()
  // A mistyped step file path is refused before anything is created, not even the report folder.
  if (options.stepText === undefined && !existsSync(options.stepFile))
    throw new StepFileNotFoundError(options.stepFile)
  const outDir = path.resolve(options.outDir)
  // Thrown (no report can be written without the folder): the caller says so.
  makeDirectory(outDir, 'the report folder')
  const recorder = new ReportRecorder({
    stepFile: options.stepFile,
    board: options.board,
    binary: options.openocd?.binary,
    dryRun: options.dryRun ?? false,
  })
  const emit = (e: RunEvent) => {
    recorder.onEvent(e)
    options.onEvent?.(e)
  }
  const run = new Run(options, outDir, emit)
  const report = recorder.report
  try {
    await run.execute()
  } finally {
    await run.cleanup()
    report.finishedAt = new Date().toISOString()
    report.durationMs = Date.now() - started
    report.exitCode = EXIT[report.result]
  }
  const files = await writeReport(outDir, report)
  emit({ type: 'finished', report })
  return { exitCode: report.exitCode, report, files }
}

/** OpenOCD's own words, from the error or the error a step failure wraps. */
function openOcdResponse(err: unknown): string | undefined {
  const cause = err instanceof StepFailure ? err.cause : err
  return cause instanceof OpenOcdError ? cause.response : undefined
}

// Steps that cannot change flash: what a backup read stays true across them.
// (A reset or a run step runs the firmware, which may write its own flash.)
const READ_ONLY = new Set<StepKind>(['backup', 'verify', 'verify-bank', 'dump'])

/** Connection retries when neither the run nor the board says (retries: in the inventory). */
export const DEFAULT_RETRIES = 2

/** Waits 0.5 s before the second attempt, doubling up to 8 s: a replugged probe takes a moment. */
function backoffMs(failedAttempt: number): number {
  return Math.min(500 * 2 ** (failedAttempt - 1), 8000)
}

interface Connection {
  session: Session
  banks: FlashBank[]
  locked: ReadoutProtection | undefined
}

/** The step in flight, so that a stopped run can say it was interrupted. */
interface InFlight {
  record: StepRecord
  label: string
  t0: number
}

class Run {
  private lock: ProbeLock | undefined
  private target: BoardTarget | undefined
  private session: Session | undefined
  private banks: FlashBank[] = []
  private records: StepRecord[] = []
  private inFlight: InFlight | undefined
  /** Aborted when the run's time limit or a cancel stops the run. */
  private readonly stopping = new AbortController()
  /** The work the time limit races; cleanup waits until it has wound down. */
  private work: Promise<void> | undefined

  constructor(
    private readonly options: RunOptions,
    private readonly outDir: string,
    private readonly emit: (e: RunEvent) => void,
  ) {}

  private fail(result: RunResult, message: string): void {
    this.emit({ type: 'failed', result, message })
  }

  private note(text: string): void {
    this.emit({ type: 'note', text })
  }

  async execute(): Promise<void> {
    const plan = this.load()
    if (!plan || this.refuseOutputs(plan) || this.refuseUnpowered(plan)) return
    const inputs = await this.snapshot(plan)
    if (!inputs) return
    this.records = plan.steps.map((s) => stepRecord(s))
    this.emit({ type: 'loaded', steps: this.records })
    const stop = () => {
      // From here on, what the work in flight sees (a closed connection) is
      // the consequence of the stop, not a failure of its own to report; and
      // work still starting (the lock, OpenOCD) takes nothing more.
      this.stopping.abort(new Error('the run was stopped'))
      return this.stopOpenOcd()
    }
    try {
      await withDeadline(() => (this.work = this.connectAndRun(plan, inputs)), {
        timeoutMs: this.options.timeoutMs,
        signal: this.options.signal,
        what: 'the run',
        stop,
      })
    } catch (err) {
      this.failFrom(err)
      // The step in flight when the run was stopped has not recorded its
      // end: say it was interrupted rather than leave it 'skipped'.
      const flight = this.inFlight
      if (flight) {
        this.inFlight = undefined
        const timeout = err instanceof DeadlineError && err.reason === 'timeout'
        this.endStep(flight, {
          status: timeout ? 'timeout' : 'failed',
          startedAt: flight.record.startedAt ?? new Date(flight.t0).toISOString(),
          durationMs: Date.now() - flight.t0,
          error: { message: `interrupted: ${(err as Error).message}` },
        })
      }
    }
  }

  private load(): StepPlanFile | undefined {
    try {
      return loadStepFile(this.options.stepFile, this.options.stepText)
    } catch (err) {
      if (!(err instanceof SourceError)) throw err
      this.invalid(err.problems, 'the step file is invalid')
      return undefined
    }
  }

  /** Images and reference files, read and checked before anything is started. */
  private async snapshot(plan: StepPlanFile): Promise<InputSnapshot | undefined> {
    try {
      return await snapshotInputs(plan)
    } catch (err) {
      if (!(err instanceof SourceError)) throw err
      this.invalid(err.problems, 'an image or reference file is invalid')
      return undefined
    }
  }

  private invalid(problems: SourceProblem[], what: string): void {
    this.emit({ type: 'invalid', problems })
    this.fail(
      'invalid-input',
      `${what} (${problems.length} problem(s)); nothing was done to the target`,
    )
  }

  /** Refuses the run for problems of its steps, each named by its step file line; true when refused. */
  private refuseSteps(
    file: StepPlanFile,
    problems: Array<{ step: Step; message: string }>,
    what: string,
  ): boolean {
    if (!problems.length) return false
    this.invalid(
      problems.map(({ step, message }) => ({
        file: file.file,
        line: step.line,
        column: 1,
        path: `steps[${step.index}]`,
        message: `step ${step.index + 1} (${step.name}): ${message}`,
      })),
      what,
    )
    return true
  }

  private retries(): number {
    return this.options.retries ?? this.options.board.retries ?? DEFAULT_RETRIES
  }

  /** Refuses a run whose output files collide (see plan/outputs.ts); true when refused. */
  private refuseOutputs(file: StepPlanFile, banks?: number[]): boolean {
    const problems = checkOutputs(file.steps, {
      outDir: this.outDir,
      inputs: [this.options.stepFile],
      banks,
      retries: this.retries(),
    })
    return this.refuseSteps(file, problems, "the run's output files are unsafe")
  }

  /** Refuses power-cycle steps on a board without power-cycle commands; true when refused. */
  private refuseUnpowered(file: StepPlanFile): boolean {
    if (this.options.board.powerCycle) return false
    const message = `board '${this.options.board.name}' has no power-cycle commands: give it 'power-cycle: { off: [...], on: [...] }' in the inventory`
    const problems = file.steps
      .filter((step) => step.kind === 'power-cycle')
      .map((step) => ({ step, message }))
    return this.refuseSteps(
      file,
      problems,
      'the step file power-cycles a board that cannot be power-cycled',
    )
  }

  private async connectAndRun(file: StepPlanFile, inputs: InputSnapshot): Promise<void> {
    await this.takeLock()
    this.stopping.signal.throwIfAborted()
    const connection = await this.connect()
    if (!connection) return
    const { session, banks, locked } = connection
    this.banks = banks
    this.emit({ type: 'banks', when: 'before', banks: banks.map(bankRecord) })
    const present = banks.filter((b) => b.size > 0).map((b) => b.index)
    if (this.refuseOutputs(file, present)) return
    if (locked) this.note(`the chip is read-protected (${locked.driver}: ${locked.level})`)
    const planned = await this.plan(file, banks, inputs, locked)
    if (!planned) return
    if (this.options.dryRun) {
      this.emit({ type: 'dry-run' })
      return
    }
    await this.prepare(session, file)
    const ctx: StepContext = {
      session,
      outDir: this.outDir,
      banks,
      backups: new Map(),
      known: new Map(),
      progress: (text) => this.progress(text),
      transfer: (operation, total) =>
        this.transfer(operation, total, (transfer) => {
          const flight = this.inFlight
          if (flight)
            this.emit({
              type: 'step-transfer',
              index: flight.record.index,
              label: flight.label,
              transfer,
            })
        }),
      uart: this.options.board.uart,
      power: {
        cycle: () => this.cyclePower(),
        reconnect: async (step) => {
          ctx.session = await this.startOpenOcd(powerCycleLog(step))
          await this.prepare(ctx.session, file)
        },
      },
    }
    const failed = await this.runSteps(planned, ctx)
    if (failed) await this.onFailure(file, ctx)
    this.emit({
      type: 'banks',
      when: 'after',
      // A power-cycle step replaced the session it started with.
      banks: (await ctx.session.flash.infoAll()).map(bankRecord),
    })
  }

  /** The target as the step file's `prepare` wants it before the first step. */
  private async prepare(session: Session, file: StepPlanFile): Promise<void> {
    const prepare = file.settings.prepare
    if (prepare === 'none') return
    this.note(prepare === 'halt' ? 'halting the target' : 'resetting and halting the target')
    await (prepare === 'halt' ? session.target.halt() : session.target.reset('halt'))
  }

  /** A power-cycle step's first half: OpenOCD lets go of the probe, then the power goes off and on. */
  private async cyclePower(): Promise<PowerCycleRecord> {
    await this.session?.close()
    this.session = undefined
    // The plan was refused unless the board has power-cycle commands (refuseUnpowered).
    return (await this.powerCycle())!
  }

  private progress(text: string): void {
    const flight = this.inFlight
    if (flight) this.emit({ type: 'step-progress', index: flight.record.index, text })
    else this.note(`  ${text}`)
  }

  /** Counts a transfer's bytes and hands `emit` how far it has come after each chunk. */
  private transfer(
    operation: Transfer['operation'],
    total: number,
    emit: (transfer: Transfer) => void,
  ): OnBytes {
    const started = Date.now()
    let done = 0
    return (bytes) => {
      done += bytes
      emit({ operation, done, total, elapsedMs: Date.now() - started })
    }
  }

  private async takeLock(): Promise<void> {
    const opts = this.options.lock
    // A virtual board without a state file or a power switch is private to this run: nothing to share.
    const virtual = this.options.board.virtual
    if (!opts || (virtual && !virtual.state && !virtual.powerSwitch)) return
    const key = probeLockKey(this.options.board)
    this.lock = await acquireProbeLock(key, {
      ...opts,
      signal: AbortSignal.any([this.stopping.signal, this.options.signal ?? this.stopping.signal]),
      onWait: (holder: LockHolder, ahead: number) =>
        this.note(
          `waiting for probe ${key}: held by pid ${holder.pid} (${holder.description}) since ${holder.since.toISOString()}, ${ahead} ahead`,
        ),
    })
    this.options.onResource?.({ lockTicket: this.lock.ticket })
  }

  /**
   * Starts OpenOCD and reads the layout and readout protection — the target
   * as it was found: a dry run or a refused plan leaves it running, or
   * halted, exactly as it was — retrying failures that are transient by
   * class (classify.ts) with backoff. Nothing has been changed yet, so a
   * retry is always safe; no step is ever retried. Undefined when it gave up
   * after retries (the failure is reported).
   */
  private async connect(): Promise<Connection | undefined> {
    this.target = await openBoardTarget(this.options.board)
    if (this.target.started) this.note(this.target.started)
    const retries = this.retries()
    const failed: string[] = []
    for (let attempt = 1; ; attempt++) {
      const startedAt = new Date().toISOString()
      // Each attempt's log is kept.
      const log = attemptLog(attempt)
      try {
        this.stopping.signal.throwIfAborted()
        const session = await this.startOpenOcd(log)
        const openocdVersion = (await session.command('version')).trim()
        const banks = await session.flash.infoAll()
        const main = banks.find((b) => b.size > 0)
        const locked = main && (await readoutProtection(session, main))
        this.emit({ type: 'connected', openocdVersion, log, attempt })
        return { session, banks, locked }
      } catch (err) {
        const cause = transientCause(err)
        if (this.stopping.signal.aborted || !cause || (retries === 0 && attempt === 1)) throw err
        const retry = attempt <= retries
        const retryAfterMs = retry ? backoffMs(attempt) : undefined
        const message = (err as Error).message.split('\n')[0]
        failed.push(`${attempt}: ${cause}`)
        await this.session?.close().catch(() => undefined)
        this.session = undefined
        const cycle = retryAfterMs === undefined ? undefined : await this.powerCycle()
        this.emit({
          type: 'attempt-failed',
          record: { attempt, startedAt, cause, message, log, retryAfterMs, powerCycle: cycle },
        })
        if (retryAfterMs === undefined) {
          this.fail(
            'infrastructure',
            `connecting failed ${attempt} times (attempt ${failed.join(', attempt ')}); no retries left (retries: ${retries}): ${(err as Error).message}`,
          )
          return undefined
        }
        await sleep(retryAfterMs, undefined, { signal: this.stopping.signal })
      }
    }
  }

  /** The board's power-cycle commands, when it has them, with OpenOCD stopped. */
  private async powerCycle(): Promise<PowerCycleRecord | undefined> {
    const { powerCycle: commands, serial } = this.options.board
    if (!commands) return undefined
    this.note(`power-cycling the board: ${commands.off.join(' ')}; ${commands.on.join(' ')}`)
    return powerCycle(commands, { serial, signal: this.stopping.signal })
  }

  private async startOpenOcd(log: string): Promise<Session> {
    const target = this.target!
    this.session = await Session.start({
      binary: this.options.openocd?.binary,
      searchDirs: [...(this.options.openocd?.searchDirs ?? []), ...target.searchDirs],
      config: target.config,
      logFile: path.join(this.outDir, log),
    })
    const pid = this.session.process?.pid
    if (pid !== undefined) this.lock?.addChild(pid)
    this.options.onResource?.({ openocdPid: pid })
    this.note(`OpenOCD started (pid ${pid}, TCL port ${this.session.process?.tclPort})`)
    this.stopping.signal.throwIfAborted()
    return this.session
  }

  private async plan(
    file: StepPlanFile,
    banks: FlashBank[],
    inputs: InputSnapshot,
    locked: ReadoutProtection | undefined,
  ): Promise<PlannedStep[] | undefined> {
    try {
      const planned = buildPlan(file.steps, banks, inputs, locked)
      this.records = planned.map((p) => stepRecord(p.step, p))
      this.emit({ type: 'plan', steps: this.records })
      return planned
    } catch (err) {
      if (!(err instanceof PlanError || err instanceof ImageError)) throw err
      const refusals = (err instanceof PlanError ? err.refusals : []).map((r) => ({
        index: r.step.index,
        message: r.message,
      }))
      this.records = this.records.map((rec) => {
        const refusal = refusals.find((r) => r.index === rec.index)
        return refusal
          ? {
              ...rec,
              status: 'failed',
              error: { message: `refused before anything was changed: ${refusal.message}` },
            }
          : rec
      })
      this.emit({ type: 'refused', steps: this.records, refusals })
      this.fail('step-failed', `the plan was refused before anything was changed: ${err.message}`)
      return undefined
    }
  }

  /** Runs the steps in order; returns true when a step failed and the run stops. */
  private async runSteps(planned: PlannedStep[], ctx: StepContext): Promise<boolean> {
    const total = planned.length
    for (const p of planned) {
      const label = `[${p.step.index + 1}/${total}] ${p.step.name}`
      const t0 = Date.now()
      const startedAt = new Date(t0).toISOString()
      const flight: InFlight = { record: { ...this.records[p.step.index], startedAt }, label, t0 }
      this.inFlight = flight
      this.emit({ type: 'step-start', index: p.step.index, label, bytes: p.bytes, startedAt })
      try {
        const result = await withDeadline(() => executeStep(ctx, p), {
          timeoutMs: p.step.timeoutMs,
          what: `step ${p.step.index + 1} (${p.step.name})`,
          stop: () => this.stopOpenOcd(),
        })
        this.inFlight = undefined
        if (!READ_ONLY.has(p.step.kind)) ctx.known.clear()
        this.endStep(flight, { status: 'passed', startedAt, durationMs: Date.now() - t0, result })
      } catch (err) {
        if (this.stopping.signal.aborted) throw err
        this.inFlight = undefined
        ctx.known.clear()
        const timeout = err instanceof DeadlineError
        const message = (err as Error).message
        const continued = !timeout && p.step.continueOnError
        this.endStep(
          flight,
          {
            status: timeout && err.reason === 'timeout' ? 'timeout' : 'failed',
            startedAt,
            durationMs: Date.now() - t0,
            result: err instanceof StepFailure ? err.result : undefined,
            error: {
              message,
              openocd: openOcdResponse(err),
            },
          },
          continued,
        )
        if (timeout) throw err
        const which = `step ${p.step.index + 1} (${p.step.name})`
        if (lostTarget(err)) {
          this.fail(
            'infrastructure',
            `${which}: OpenOCD or the target stopped responding: ${message}`,
          )
          return true
        }
        // The lab's own hardware failed (a hub that did not switch): not the step's fault.
        if ((err as Error).cause instanceof PowerCycleError) {
          this.fail('infrastructure', `${which}: ${message}`)
          return true
        }
        // Nothing may change the flash without the backup it depends on:
        // a failed backup ends the run, whatever continue-on-error says.
        if (p.step.kind === 'backup' && continued)
          this.note('  stopping: a failed backup ends the run, even with continue-on-error')
        if (!continued || p.step.kind === 'backup') {
          this.fail('step-failed', `${which} failed: ${message}`)
          return true
        }
        this.fail('step-failed', `${which} failed (continue-on-error): ${message}`)
      }
    }
    return false
  }

  private endStep(flight: InFlight, outcome: StepOutcome, continued = false): void {
    const record = ranStepRecord(flight.record, outcome, this.banks)
    this.records[record.index] = record
    this.emit({
      type: 'step-end',
      label: flight.label,
      record,
      activity: outcome.result?.activity ?? [],
      continued,
    })
  }

  private async onFailure(file: StepPlanFile, ctx: StepContext): Promise<void> {
    const policy = file.settings['on-failure']
    if (policy['restore-backup']) {
      if (ctx.backups.size === 0) {
        const reason = 'no backup had been taken before the failure, so the board was not restored'
        this.emit({ type: 'restore-end', record: { status: 'skipped', banks: [], reason } })
      } else {
        this.emit({ type: 'restore-start' })
        const record = await restoreBackups(ctx, (operation, total) =>
          this.transfer(operation, total, (transfer) =>
            this.emit({ type: 'restore-transfer', transfer }),
          ),
        )
        this.emit({ type: 'restore-end', record })
        // Restore rewrote flash (or failed part-way): nothing read before it still holds.
        ctx.known.clear()
      }
    }
    if (policy.reset !== 'none')
      await ctx.session.target
        .reset(policy.reset)
        .catch((err: Error) => this.note(`reset after failure failed: ${err.message}`))
  }

  private failFrom(err: unknown): void {
    if (err instanceof DeadlineError) return this.fail(err.reason, err.message)
    if (err instanceof LockTimeoutError) return this.fail('lock-timeout', err.message)
    if (err instanceof StateFileError) return this.fail('invalid-input', err.message)
    if (err instanceof ProcessError) return this.fail('infrastructure', err.message)
    if (err instanceof OpenOcdError) return this.fail('infrastructure', `OpenOCD: ${err.message}`)
    this.fail('infrastructure', (err as Error).message)
  }

  private async stopOpenOcd(): Promise<void> {
    await this.session?.close()
  }

  async cleanup(): Promise<void> {
    await this.work?.catch(() => undefined)
    await this.session?.close().catch(() => undefined)
    await this.target?.close().catch(() => undefined)
    this.lock?.release()
  }
}
