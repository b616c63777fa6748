// Runs a step file against a board: validate, lock the probe, start OpenOCD,
// plan, execute, restore on failure, and always write the report.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import {
  acquireProbeLock,
  LockTimeoutError,
  probeLockKey,
  type LockHolder,
  type ProbeLock,
} from '../board/lock.js'
import type { BoardSpec } from '../board/spec.js'
import { ExitCode } from '../exit-codes.js'
import { ImageError } from '../image/index.js'
import { boardConfig, type OpenOcdConfigItem } from '../openocd/config.js'
import { OpenOcdError, ProcessError } from '../openocd/errors.js'
import { Session } from '../openocd/session.js'
import type { FlashBank } from '../openocd/types.js'
import { loadStepFile, type StepPlanFile } from '../plan/load.js'
import { buildPlan, PlanError, type PlannedStep } from '../plan/plan.js'
import type { Report, RunResult, StepRecord } from '../report/model.js'
import { REPORT_SCHEMA } from '../report/model.js'
import { writeReport, type ReportFiles } from '../report/write.js'
import { startVirtualTarget, type VirtualTarget } from '../sim/index.js'
import { StepFailure, type StepContext } from '../steps/context.js'
import { executors } from '../steps/index.js'
import { SourceError } from '../util/yaml-schema.js'
import { VERSION } from '../version.js'
import { DeadlineError, withDeadline } from './deadline.js'
import { addActivity, bankRecord, stepRecord } from './records.js'
import { restoreBackups } from './restore.js'
import { verificationRecord } from '../steps/verification.js'
import { formatBytes, formatDuration, formatIndices, formatRate } from '../report/format.js'

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
  lock?: { timeoutMs: number; dir?: string; description: string }
  signal?: AbortSignal
  /** Progress lines (one per step start and end). */
  log?: (line: string) => void
  /** Step boundaries, for a live display on a terminal. */
  onStep?: (event: StepEvent) => void
  /** Called as resources are taken, so a separate cleanup (the action's post step) can free them. */
  onResource?: (r: { openocdPid?: number; lockTicket?: string }) => void
}

export interface StepEvent {
  phase: 'start' | 'end'
  /** `[2/6] write app.elf` */
  label: string
  /** Bytes the step moves, as planned. */
  bytes: number
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
  const log = options.log ?? (() => {})
  const started = Date.now()
  const outDir = path.resolve(options.outDir)
  await mkdir(outDir, { recursive: true })
  const report: Report = {
    schema: REPORT_SCHEMA,
    tool: { name: 'openocd-flash', version: VERSION },
    openocd: { binary: options.openocd?.binary ?? 'openocd' },
    board: {
      name: options.board.name,
      virtual: options.board.virtual?.chip,
      serial: options.board.serial,
    },
    stepFile: options.stepFile,
    startedAt: new Date(started).toISOString(),
    finishedAt: '',
    durationMs: 0,
    dryRun: options.dryRun ?? false,
    result: 'success',
    exitCode: 0,
    banksBefore: [],
    banksAfter: [],
    steps: [],
    activity: [],
    problems: [],
  }
  const run = new Run(options, report, outDir, log)
  try {
    await run.execute()
  } finally {
    await run.cleanup()
    report.finishedAt = new Date().toISOString()
    report.durationMs = Date.now() - started
    report.exitCode = EXIT[report.result]
  }
  const files = await writeReport(outDir, report)
  log(summaryLine(report))
  return { exitCode: report.exitCode, report, files }
}

class Run {
  private lock: ProbeLock | undefined
  private sim: VirtualTarget | undefined
  private session: Session | undefined
  private banks: FlashBank[] = []

  constructor(
    private readonly options: RunOptions,
    private readonly report: Report,
    private readonly outDir: string,
    private readonly log: (line: string) => void,
  ) {}

  private fail(result: RunResult, message: string): void {
    if (this.report.result === 'success') {
      this.report.result = result
      this.report.message = message
    }
  }

  async execute(): Promise<void> {
    const plan = this.load()
    if (!plan) return
    this.report.steps = plan.steps.map((s) => stepRecord(s))
    const stop = () => this.stopOpenOcd()
    try {
      await withDeadline(() => this.connectAndRun(plan), {
        timeoutMs: this.options.timeoutMs,
        signal: this.options.signal,
        what: 'the run',
        stop,
      })
    } catch (err) {
      this.failFrom(err)
      // The step in flight when the run was stopped may not have recorded
      // its end: say it was interrupted rather than leave it 'skipped'.
      for (const rec of this.report.steps) {
        if (rec.startedAt && rec.status === 'skipped') {
          rec.status =
            err instanceof DeadlineError && err.reason === 'timeout' ? 'timeout' : 'failed'
          rec.error ??= { message: `interrupted: ${(err as Error).message}` }
        }
      }
    }
  }

  private load(): StepPlanFile | undefined {
    try {
      return loadStepFile(this.options.stepFile, this.options.stepText)
    } catch (err) {
      if (!(err instanceof SourceError)) throw err
      this.report.problems = err.message.split('\n')
      this.fail(
        'invalid-input',
        `the step file is invalid (${err.problems.length} problem(s)); nothing was done to the target`,
      )
      for (const p of this.report.problems) this.log(`error: ${p}`)
      return undefined
    }
  }

  private async connectAndRun(file: StepPlanFile): Promise<void> {
    await this.takeLock()
    const session = await this.startOpenOcd()
    this.report.openocd.version = (await session.command('version')).trim()
    const prepare = file.settings.prepare
    if (prepare !== 'none') {
      this.log(prepare === 'halt' ? 'halting the target' : 'resetting and halting the target')
      await (prepare === 'halt' ? session.target.halt() : session.target.reset('halt'))
    }
    const banks = await this.readBanks(session)
    this.banks = banks
    this.report.banksBefore = banks.map(bankRecord)
    const planned = await this.plan(file, banks)
    if (!planned) return
    if (this.options.dryRun) {
      for (const r of this.report.steps) r.status = 'planned'
      this.log('dry run: the plan above was checked against the target; nothing was changed')
      return
    }
    const ctx: StepContext = {
      session,
      outDir: this.outDir,
      banks,
      backups: new Map(),
      log: this.log,
    }
    const failed = await this.runSteps(planned, ctx)
    if (failed) await this.onFailure(file, ctx)
    this.report.banksAfter = (await this.readBanks(session)).map(bankRecord)
  }

  private async takeLock(): Promise<void> {
    const opts = this.options.lock
    // A virtual board without a state file is private to this run: nothing to share.
    if (!opts || (this.options.board.virtual && !this.options.board.virtual.state)) return
    const key = probeLockKey(this.options.board)
    this.lock = await acquireProbeLock(key, {
      ...opts,
      signal: this.options.signal,
      onWait: (holder: LockHolder, ahead: number) =>
        this.log(
          `waiting for probe ${key}: held by pid ${holder.pid} (${holder.description}) since ${holder.since.toISOString()}, ${ahead} ahead`,
        ),
    })
    this.options.onResource?.({ lockTicket: this.lock.ticket })
  }

  private async startOpenOcd(): Promise<Session> {
    const board = this.options.board
    let config: OpenOcdConfigItem[]
    if (board.virtual) {
      // With no socket path given, the target makes (and removes) its own.
      this.sim = await startVirtualTarget({
        chip: board.virtual.chip,
        flashSize: board.virtual.flashSize,
        state: board.virtual.state,
        faults: board.virtual.faults,
      })
      config = [...this.sim.openocdConfig(), ...board.commands.map((command) => ({ command }))]
      this.log(
        `virtual ${board.virtual.chip} started${board.virtual.state ? ` (state ${board.virtual.state})` : ''}`,
      )
    } else {
      config = boardConfig(board)
    }
    this.session = await Session.start({
      binary: this.options.openocd?.binary,
      searchDirs: [...(this.options.openocd?.searchDirs ?? []), ...board.searchDirs],
      config,
      logFile: path.join(this.outDir, 'openocd.log'),
    })
    this.report.log = 'openocd.log'
    const pid = this.session.process?.pid
    if (pid !== undefined) this.lock?.addChild(pid)
    this.options.onResource?.({ openocdPid: pid })
    this.log(
      `OpenOCD started (pid ${this.session.process?.pid}, TCL port ${this.session.process?.tclPort})`,
    )
    return this.session
  }

  private async readBanks(session: Session): Promise<FlashBank[]> {
    const list = await session.flash.banks()
    return Promise.all(list.map((b) => (b.size > 0 ? session.flash.info(b.index) : b)))
  }

  private async plan(file: StepPlanFile, banks: FlashBank[]): Promise<PlannedStep[] | undefined> {
    try {
      const planned = await buildPlan(file.steps, banks)
      this.report.steps = planned.map((p) => stepRecord(p.step, p))
      for (const p of planned) {
        const where = p.touches
          .map((t) =>
            t.blocks.length
              ? `bank ${t.bank} blocks ${formatIndices(t.blocks)}`
              : t.sectors.length
                ? `bank ${t.bank} sectors ${formatIndices(t.sectors)}`
                : '',
          )
          .filter(Boolean)
        this.log(
          `plan ${p.step.index + 1}. ${p.step.name}${where.length ? `: ${where.join('; ')}` : ''}${p.rounded ? ' (address range rounded out to whole sectors)' : ''}`,
        )
      }
      return planned
    } catch (err) {
      if (!(err instanceof PlanError || err instanceof ImageError)) throw err
      const refusals = err instanceof PlanError ? err.refusals : []
      for (const r of refusals) {
        const rec = this.report.steps[r.step.index]
        rec.status = 'failed'
        rec.error = { message: `refused before anything was changed: ${r.message}` }
        this.log(`refused: step ${r.step.index + 1} (${r.step.name}): ${r.message}`)
      }
      this.fail('step-failed', `the plan was refused before anything was changed: ${err.message}`)
      return undefined
    }
  }

  /** Runs the steps in order; returns true when a step failed and the run stops. */
  private async runSteps(planned: PlannedStep[], ctx: StepContext): Promise<boolean> {
    const total = planned.length
    for (const p of planned) {
      const rec = this.report.steps[p.step.index]
      const label = `[${p.step.index + 1}/${total}] ${p.step.name}`
      this.log(`▶ ${label}`)
      this.options.onStep?.({ phase: 'start', label, bytes: p.bytes })
      const t0 = Date.now()
      rec.startedAt = new Date(t0).toISOString()
      try {
        const result = await withDeadline(() => executors[p.step.kind](ctx, p), {
          timeoutMs: p.step.timeoutMs,
          what: `step ${p.step.index + 1} (${p.step.name})`,
          stop: () => this.stopOpenOcd(),
        })
        this.record(rec, result, t0)
        rec.status = 'passed'
        this.options.onStep?.({ phase: 'end', label, bytes: p.bytes })
        this.log(
          `✔ ${label} (${formatDuration(rec.durationMs!)}${rec.bytes ? `, ${formatBytes(rec.bytes)}, ${formatRate(rec.bytesPerSecond)}` : ''})`,
        )
        for (const note of rec.notes) this.log(`  ${note}`)
      } catch (err) {
        if (err instanceof StepFailure) this.record(rec, err.result, t0)
        else rec.durationMs = Date.now() - t0
        const timeout = err instanceof DeadlineError
        rec.status = timeout && err.reason === 'timeout' ? 'timeout' : 'failed'
        rec.error = {
          message: (err as Error).message,
          openocd: err instanceof OpenOcdError ? err.response : undefined,
        }
        this.options.onStep?.({ phase: 'end', label, bytes: p.bytes })
        this.log(`✘ ${label}: ${(err as Error).message}`)
        if (timeout) throw err
        if (!p.step.continueOnError) {
          this.fail(
            'step-failed',
            `step ${p.step.index + 1} (${p.step.name}) failed: ${(err as Error).message}`,
          )
          return true
        }
        this.log(`  continuing: the step has continue-on-error`)
        this.fail(
          'step-failed',
          `step ${p.step.index + 1} (${p.step.name}) failed (continue-on-error): ${(err as Error).message}`,
        )
      }
    }
    return false
  }

  private record(rec: StepRecord, result: NonNullable<StepFailure['result']>, t0: number): void {
    rec.durationMs = Date.now() - t0
    rec.bytes = result.bytes
    rec.bytesPerSecond =
      result.bytes && rec.durationMs > 0
        ? Math.round((result.bytes * 1000) / rec.durationMs)
        : undefined
    rec.files.push(...(result.files ?? []))
    rec.notes.push(...(result.notes ?? []))
    if (result.verification) rec.verification = verificationRecord(result.verification, this.banks)
    addActivity(this.report.activity, result.activity ?? [])
  }

  private async onFailure(file: StepPlanFile, ctx: StepContext): Promise<void> {
    const policy = file.settings['on-failure']
    if (policy['restore-backup']) {
      if (ctx.backups.size === 0) {
        this.report.restore = {
          status: 'failed',
          banks: [],
          error: 'no backup had been taken before the failure',
        }
      } else {
        this.log('restoring the backup taken earlier in this run')
        this.report.restore = await restoreBackups(ctx)
        this.log(
          this.report.restore.status === 'passed'
            ? '✔ restored and verified'
            : `✘ restore failed: ${this.report.restore.error ?? 'verification failed'}`,
        )
      }
    }
    if (policy.reset !== 'none')
      await ctx.session.target
        .reset(policy.reset)
        .catch((err: Error) => this.log(`reset after failure failed: ${err.message}`))
  }

  private failFrom(err: unknown): void {
    if (err instanceof DeadlineError) return this.fail(err.reason, err.message)
    if (err instanceof LockTimeoutError) return this.fail('lock-timeout', err.message)
    if (err instanceof ProcessError) return this.fail('infrastructure', err.message)
    if (err instanceof OpenOcdError) return this.fail('infrastructure', `OpenOCD: ${err.message}`)
    this.fail('infrastructure', (err as Error).message)
  }

  private async stopOpenOcd(): Promise<void> {
    await this.session?.close()
  }

  async cleanup(): Promise<void> {
    await this.session?.close().catch(() => undefined)
    await this.sim?.close().catch(() => undefined)
    this.lock?.release()
  }
}

function summaryLine(r: Report): string {
  const count = (s: StepRecord['status']) => r.steps.filter((x) => x.status === s).length
  const parts = [`${count('passed')} passed`, `${count('failed') + count('timeout')} failed`]
  if (count('skipped')) parts.push(`${count('skipped')} skipped`)
  if (count('planned')) parts.push(`${count('planned')} planned`)
  return `${r.result === 'success' ? '✔' : '✘'} ${r.result} in ${formatDuration(r.durationMs)}: steps ${parts.join(', ')}; exit code ${r.exitCode}${r.message ? `\n  ${r.message}` : ''}`
}
