// Builds the report from a run's events: the report is one more consumer of
// the stream, next to the console and the live terminal line.
import type { BoardSpec } from '../board/spec.js'
import { describeBanner } from '../openocd/build.js'
import { REPORT_SCHEMA, type Report } from '../report/model.js'
import { VERSION } from '../version.js'
import type { RunEvent } from './events.js'
import { addActivity } from './records.js'

export class ReportRecorder {
  readonly report: Report

  constructor(opts: { stepFile: string; board: BoardSpec; binary?: string; dryRun: boolean }) {
    this.report = {
      schema: REPORT_SCHEMA,
      tool: { name: 'openocd-flash', version: VERSION },
      openocd: { binary: opts.binary ?? 'openocd' },
      board: {
        name: opts.board.name,
        virtual: opts.board.virtual?.chip,
        serial: opts.board.serial,
      },
      stepFile: opts.stepFile,
      startedAt: new Date().toISOString(),
      finishedAt: '',
      durationMs: 0,
      dryRun: opts.dryRun,
      result: 'success',
      exitCode: 0,
      banksBefore: [],
      banksAfter: [],
      steps: [],
      activity: [],
      problems: [],
    }
  }

  onEvent(e: RunEvent): void {
    const r = this.report
    switch (e.type) {
      case 'loaded':
      case 'plan':
      case 'refused':
        r.steps = e.steps
        break
      case 'invalid':
        r.problems = e.problems
        break
      case 'connected':
        r.openocd.version = e.openocdVersion
        r.openocd.build = describeBanner(e.openocdVersion)
        r.log = e.log
        break
      case 'attempt-failed':
        ;(r.failedAttempts ??= []).push(e.record)
        break
      case 'banks':
        if (e.when === 'before') r.banksBefore = e.banks
        else r.banksAfter = e.banks
        break
      case 'dry-run':
        for (const s of r.steps) s.status = 'planned'
        break
      case 'step-end':
        r.steps[e.record.index] = e.record
        addActivity(r.activity, e.activity)
        break
      case 'restore-end':
        r.restore = e.record
        break
      case 'failed':
        if (r.result === 'success') {
          r.result = e.result
          r.message = e.message
        }
        break
      case 'note':
      case 'step-start':
      case 'step-progress':
      case 'restore-start':
      case 'finished':
        break
    }
  }
}
