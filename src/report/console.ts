// A run's events as console lines: the CLI and the action's log print these.
import type { RunEvent, Transfer } from '../engine/events.js'
import { formatBytes, formatDuration, formatRate, describeTouches, hex32 } from './format.js'
import { flashMap, flashStrip } from './flash-map.js'
import type { PowerCycleRecord, Report, StepRecord } from './model.js'
import { formatProblem } from '../util/yaml-schema.js'

/** The lines of one event; `color` paints the flash strip (a terminal without NO_COLOR). */
export function consoleLines(e: RunEvent, color = false): string[] {
  switch (e.type) {
    case 'invalid':
      return e.problems.map((p) => `error: ${formatProblem(p)}`)
    case 'note':
      return [e.text]
    case 'plan':
      return e.steps.map((s) => {
        const where = describeTouches(s.plan)
        return `plan ${s.index + 1}. ${s.name}${where.length ? `: ${where.join('; ')}` : ''}${s.rounded ? ` (${s.kind === 'protect' || s.kind === 'unprotect' ? 'widened to whole protection blocks' : 'rounded out to whole sectors'}: ${hex32(s.rounded.actual.address)}+${formatBytes(s.rounded.actual.size)})` : ''}`
      })
    case 'refused':
      return e.refusals.map(
        (r) => `refused: step ${r.index + 1} (${e.steps[r.index].name}): ${r.message}`,
      )
    case 'attempt-failed': {
      const a = e.record
      const next =
        a.retryAfterMs === undefined
          ? 'no retries left'
          : `retrying in ${formatDuration(a.retryAfterMs)}`
      return [
        `✘ connect attempt ${a.attempt} failed (${a.cause}): ${a.message}; ${next}`,
        ...(a.powerCycle ? powerCycleLines(a.powerCycle) : []),
        ...(a.powerCycle?.ok === false ? ['  power-cycle failed: retrying anyway'] : []),
      ]
    }
    case 'dry-run':
      return ['dry run: the plan above was checked against the target; nothing was changed']
    case 'step-start':
      return [`▶ ${e.label}`]
    case 'step-progress':
      return [`  ${e.text}`]
    case 'step-transfer':
    case 'restore-transfer':
      // Too many for a log one by one: consoleLog() picks some.
      return []
    case 'step-end': {
      const rec = e.record
      if (rec.status === 'passed') {
        const size = rec.bytes
          ? `, ${formatBytes(rec.bytes)}, ${formatRate(rec.bytesPerSecond)}`
          : ''
        return [
          `✔ ${e.label} (${formatDuration(rec.durationMs ?? 0)}${size})`,
          ...(rec.powerCycle ? powerCycleLines(rec.powerCycle) : []),
          ...rec.notes.map((n) => `  ${n}`),
        ]
      }
      return [
        `✘ ${e.label}: ${rec.error?.message ?? rec.status}`,
        ...(rec.powerCycle ? powerCycleLines(rec.powerCycle) : []),
        ...(e.continued ? ['  continuing: the step has continue-on-error'] : []),
      ]
    }
    case 'restore-start':
      return ['restoring the backup taken earlier in this run']
    case 'restore-end':
      if (e.record.status === 'skipped') return [`nothing to restore: ${e.record.reason}`]
      return [
        e.record.status === 'passed'
          ? '✔ restored and verified'
          : `✘ restore failed: ${e.record.error ?? 'verification failed'}`,
      ]
    case 'finished':
      return [...flashStrip(flashMap(e.report), color), summaryLine(e.report)]
    case 'connected':
      return e.attempt > 1 ? [`connected at attempt ${e.attempt}: the board is flaky`] : []
    case 'loaded':
    case 'banks':
    case 'failed':
      return []
  }
}

/**
 * Console lines for a log that is not a terminal (a CI log): every event's
 * lines, and of a step's or the restore's transfer progress one line per
 * tenth done, or after `everyMs` without one, so a long transfer shows it is
 * moving without flooding the log.
 */
export function consoleLog(everyMs = 5000): (e: RunEvent) => string[] {
  // The restore comes after every step: index -1 is its own.
  let last = { index: -2, operation: '', tenth: -1, at: 0 }
  return (e) => {
    if (e.type !== 'step-transfer' && e.type !== 'restore-transfer') return consoleLines(e)
    const t = e.transfer
    const index = e.type === 'step-transfer' ? e.index : -1
    const tenth = Math.floor((10 * t.done) / Math.max(t.total, 1))
    const now = Date.now()
    const same = last.index === index && last.operation === t.operation
    if (same && tenth <= last.tenth && now - last.at < everyMs) return []
    last = { index, operation: t.operation, tenth, at: now }
    return [`  ${transferText(t)}`]
  }
}

/** `read 512 KiB of 1 MiB (50 %), 42.7 KiB/s` */
export function transferText(t: Transfer): string {
  const rate = t.elapsedMs > 0 ? `, ${formatRate((t.done * 1000) / t.elapsedMs)}` : ''
  return `${t.operation} ${formatBytes(t.done)} of ${formatBytes(t.total)} (${percent(t)} %)${rate}`
}

export function percent(t: Transfer): number {
  return t.total > 0 ? Math.min(100, Math.floor((100 * t.done) / t.total)) : 100
}

export function powerCycleLines(p: PowerCycleRecord): string[] {
  return [
    ...p.commands.flatMap((c) => [
      `  power-cycle: ${c.argv.join(' ')} → exit ${c.exitCode}`,
      ...(c.output ? c.output.split('\n').map((l) => `    ${l}`) : []),
    ]),
    ...(p.reenumerated === false ? ['  power-cycle: the probe did not come back in time'] : []),
  ]
}

function summaryLine(r: Report): string {
  const count = (s: StepRecord['status']) => r.steps.filter((x) => x.status === s).length
  const parts = [`${count('passed')} passed`, `${count('failed') + count('timeout')} failed`]
  if (count('skipped')) parts.push(`${count('skipped')} skipped`)
  if (count('planned')) parts.push(`${count('planned')} planned`)
  const flaky =
    r.result === 'success' && r.failedAttempts?.length
      ? ` (flaky: ${r.failedAttempts.length} failed connect attempt(s))`
      : ''
  return `${r.result === 'success' ? '✔' : '✘'} ${r.result} in ${formatDuration(r.durationMs)}${flaky}: steps ${parts.join(', ')}; exit code ${r.exitCode}${r.message ? `\n  ${r.message}` : ''}`
}
