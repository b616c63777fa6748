// report.md: what a person reads (and the GitHub job summary): the outcome,
// a table of steps, the first mismatches, the files with their hashes, and a
// per-sector map.
import path from 'node:path'
import {
  describeTouches,
  formatBytes,
  formatDuration,
  formatIndices,
  formatRate,
  hex32,
} from './format.js'
import { formatProblem } from '../util/yaml-schema.js'
import { FLASH_MAP_FILE, flashMap } from './flash-map.js'
import type {
  BankRecord,
  ConnectAttemptRecord,
  FirmwareRunRecord,
  PowerCycleRecord,
  Report,
  SectorActivity,
  StepRecord,
} from './model.js'

const ICON: Record<StepRecord['status'], string> = {
  passed: '✅',
  failed: '❌',
  skipped: '⏭️',
  timeout: '⏱️',
  planned: '📝',
}

const RESTORE_VERDICT: Record<NonNullable<Report['restore']>['status'], string> = {
  passed: '✅ restored and verified',
  failed: '❌ failed',
  skipped: '⏭️ nothing restored',
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>')

function renderAttempts(
  attempts: readonly ConnectAttemptRecord[],
  result: Report['result'],
): string[] {
  const connected = result === 'success' || attempts[attempts.length - 1].retryAfterMs !== undefined
  return [
    connected
      ? `⚠️ **Flaky board:** connected only at attempt ${attempts.length + 1}.`
      : `Connecting failed ${attempts.length} time(s).`,
    '',
    '| attempt | started | cause | message | then |',
    '|---|---|---|---|---|',
    ...attempts.map(
      (a) =>
        `| ${a.attempt} | ${a.startedAt} | ${a.cause} | ${esc(a.message)} | ${a.retryAfterMs === undefined ? 'gave up' : `${a.powerCycle ? `power-cycled (${a.powerCycle.ok ? 'ok' : 'failed'}), ` : ''}retried after ${formatDuration(a.retryAfterMs)}`} |`,
    ),
    ...attempts.flatMap((a) =>
      a.powerCycle
        ? ['', `Power cycle after attempt ${a.attempt}:`, '', ...renderPowerCycle(a.powerCycle)]
        : [],
    ),
  ]
}

/** The power-cycle commands with their exit codes and output. */
function renderPowerCycle(p: PowerCycleRecord): string[] {
  return [
    '```',
    ...p.commands.flatMap((c) => [
      `$ ${c.argv.join(' ')}  (exit ${c.exitCode})`,
      ...(c.output ? [c.output] : []),
    ]),
    ...(p.reenumerated === false ? ['(the probe did not come back in time)'] : []),
    '```',
  ]
}

export function renderMarkdown(r: Report): string {
  const out: string[] = []
  const verdict =
    r.result === 'success'
      ? r.dryRun
        ? '📝 dry run: nothing was changed'
        : '✅ success'
      : `❌ ${r.result}`
  out.push(`## openocd-flash: ${verdict}`, '')
  out.push(
    `Board **${r.board.name}**${r.board.virtual ? ` (virtual ${r.board.virtual})` : ''} · step file \`${r.stepFile}\` · ${formatDuration(r.durationMs)} · exit code ${r.exitCode}`,
  )
  if (r.openocd.version)
    out.push('', `OpenOCD: ${r.openocd.version}${r.openocd.build ? ` (${r.openocd.build})` : ''}`)
  if (r.message) out.push('', '> ' + r.message.split('\n').join('\n> '))
  if (r.failedAttempts?.length) out.push('', ...renderAttempts(r.failedAttempts, r.result))
  if (r.problems.length)
    out.push(
      '',
      '### Problems in the step file',
      '',
      ...r.problems.map((p) => `- \`${formatProblem(p)}\``),
    )

  if (r.steps.length) {
    out.push(
      '',
      '### Steps',
      '',
      '| # | step | status | time | bytes | throughput | sectors |',
      '|---|---|---|---|---|---|---|',
    )
    for (const s of r.steps) {
      const sectors = describeTouches(s.plan).join('; ')
      out.push(
        `| ${s.index + 1} | ${esc(s.name)} | ${ICON[s.status]} ${s.status} | ${s.durationMs !== undefined ? formatDuration(s.durationMs) : ''} | ${s.bytes ? formatBytes(s.bytes) : ''} | ${formatRate(s.bytesPerSecond)} | ${sectors} |`,
      )
    }
    for (const s of r.steps) {
      const lines = [
        ...(s.error ? [`**Error:** ${s.error.message}`] : []),
        ...s.notes.map((n) => `- ${n}`),
      ]
      if (s.rounded) {
        lines.push(
          `- address range ${hex32(s.rounded.requested.address)}+${formatBytes(s.rounded.requested.size)} rounded out to ${hex32(s.rounded.actual.address)}+${formatBytes(s.rounded.actual.size)}`,
        )
      }
      if (s.error?.openocd) lines.push('', '```', s.error.openocd.trim(), '```')
      if (s.verification && !s.verification.match) lines.push('', ...renderMismatches(s))
      if (s.run) lines.push('', ...renderFirmwareRun(s.run))
      if (s.powerCycle) lines.push('', ...renderPowerCycle(s.powerCycle))
      if (lines.length) out.push('', `#### ${s.index + 1}. ${esc(s.name)}`, '', ...lines)
    }
  }

  if (r.restore) {
    out.push('', `### Restore from backup: ${RESTORE_VERDICT[r.restore.status]}`, '')
    if (r.restore.reason) out.push(r.restore.reason)
    for (const b of r.restore.banks) {
      out.push(
        `- bank ${b.bank}: ${b.sectors.length ? `rewrote sectors ${formatIndices(b.sectors)}` : 'already matched the backup'}, ${b.verified ? 'verified' : 'NOT verified'} against \`${b.backup}\``,
      )
    }
    if (r.restore.error) out.push('', `**Error:** ${r.restore.error}`)
  }

  out.push(...renderFiles(r))

  if (flashMap(r).length)
    out.push('', `Flash map: ${link(FLASH_MAP_FILE)}${r.dryRun ? ' (the plan)' : ''}`)
  for (const bank of r.banksAfter.length ? r.banksAfter : r.banksBefore) {
    const activity = r.activity.find((a) => a.bank === bank.index)
    const before = r.banksBefore.find((b) => b.index === bank.index)
    if (bank.sectors.length) out.push('', ...renderSectorMap(bank, before, activity))
  }
  if (r.log) out.push('', `OpenOCD log: ${link(r.log)}`)
  return out.join('\n') + '\n'
}

function renderMismatches(s: StepRecord): string[] {
  const v = s.verification!
  const lines = [
    `${v.mismatchedBytes} byte(s) differ in ${v.ranges.length}${v.truncated ? '+' : ''} range(s) of ${formatBytes(v.length)} compared:`,
    '',
    '| address | bytes | bank/sector | expected | actual |',
    '|---|---|---|---|---|',
  ]
  for (const m of v.ranges.slice(0, 16)) {
    const where = m.sector !== undefined ? `${m.bank}/${m.sector}` : ''
    lines.push(
      `| ${hex32(m.address)} | ${m.length} | ${where} | ${m.expected === undefined ? 'see the reference file' : `\`${cut(m.expected, m.length)}\``} | \`${cut(m.actual, m.length)}\` |`,
    )
  }
  if (v.ranges.length > 16) lines.push('', `(${v.ranges.length - 16} more ranges in report.json)`)
  return lines
}

function renderFirmwareRun(run: FirmwareRunRecord): string[] {
  const lines = [`**Verdict:** ${run.passed ? '✅ passed' : '❌ failed'}: ${run.message}`]
  if (run.exitCode !== undefined) lines.push(`- exit code ${run.exitCode}`)
  if (run.tests.length) {
    const count = (s: string) => run.tests.filter((t) => t.status === s).length
    lines.push(
      `- tests: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`,
    )
    for (const t of run.tests.filter((t) => t.status === 'failed'))
      lines.push(
        `  - ❌ \`${t.name}\`${t.file ? ` (${t.file}${t.line ? `:${t.line}` : ''})` : ''}${t.message ? `: ${esc(t.message)}` : ''}`,
      )
  }
  if (run.fault) {
    const f = run.fault
    lines.push(
      '',
      'Registers stacked on fault entry:',
      '',
      '| r0 | r1 | r2 | r3 | r12 | lr | pc | xpsr |',
      '|---|---|---|---|---|---|---|---|',
      `| ${['r0', 'r1', 'r2', 'r3', 'r12', 'lr', 'pc', 'xpsr'].map((r) => hex32(f.stacked[r])).join(' | ')} |`,
    )
    if (f.bfar !== undefined) lines.push('', `BFAR ${hex32(f.bfar)}`)
    if (f.mmfar !== undefined) lines.push('', `MMFAR ${hex32(f.mmfar)}`)
  } else if (run.registers && !run.passed) {
    const r = run.registers
    lines.push(
      '',
      `Core when stopped: ${['pc', 'lr', 'sp', 'xPSR'].map((n) => `${n} ${hex32(r[n])}`).join(', ')}`,
    )
  }
  lines.push(
    '',
    `Console (${run.lines} line(s), last ${run.tail.length}; all of it in \`${run.log}\`):`,
    '',
    '```',
    ...run.tail.map((l) => l.replace(/```/g, "'''")),
    '```',
  )
  return lines
}

const SHOWN_BYTES = 16

/** Hex of the first bytes of a range, with … when the range has more. */
function cut(hex: string, length: number): string {
  const shown = hex.slice(0, SHOWN_BYTES * 2)
  return length > shown.length / 2 ? `${shown}…` : shown
}

// Files in the report folder are recorded relative to it: those are links.
const link = (file: string) =>
  path.isAbsolute(file) ? `\`${file}\`` : `[${file}](${encodeURI(file)})`

/** Every file the run read or wrote, with its SHA-256: what was programmed, and what the backups hold. */
function renderFiles(r: Report): string[] {
  const seen = new Set<string>()
  const rows: string[] = []
  for (const s of r.steps) {
    for (const f of s.files) {
      const key = `${f.role} ${f.path} ${f.sha256}`
      if (seen.has(key)) continue
      seen.add(key)
      rows.push(`| ${f.role} | ${esc(link(f.path))} | ${formatBytes(f.bytes)} | \`${f.sha256}\` |`)
    }
  }
  if (!rows.length) return []
  return ['', '### Files', '', '| role | file | size | SHA-256 |', '|---|---|---|---|', ...rows]
}

type Flags = {
  protBefore: boolean
  protAfter: boolean
  b: boolean
  e: boolean
  w: boolean
  s: boolean
  v: boolean
  /** Verification found a difference. */
  x: boolean
}

// Consecutive sectors with the same story are folded into one row, so a
// 128-page bank stays readable.
function renderSectorMap(
  bank: BankRecord,
  before: BankRecord | undefined,
  a: SectorActivity | undefined,
): string[] {
  const has = (list: number[] | undefined, i: number) => list?.includes(i) ?? false
  const rows: Array<{ first: number; last: number; flags: Flags }> = []
  for (const s of bank.sectors) {
    const flags: Flags = {
      protBefore: before?.sectors[s.index]?.protected ?? false,
      protAfter: s.protected,
      b: has(a?.backedUp, s.index),
      e: has(a?.erased, s.index),
      w: has(a?.written, s.index),
      s: has(a?.skipped, s.index),
      v: has(a?.verified, s.index),
      x: has(a?.verifyFailed, s.index),
    }
    const last = rows.at(-1)
    if (last && JSON.stringify(last.flags) === JSON.stringify(flags)) last.last = s.index
    else rows.push({ first: s.index, last: s.index, flags })
  }
  const mark = (on: boolean, sym: string) => (on ? sym : '·')
  const lines = [
    `### Bank ${bank.index}: ${bank.name} at ${hex32(bank.base)}, ${formatBytes(bank.size)}`,
    '',
    '| sectors | address | size | backed up | erased | written (S: skipped, already equal) | verified | protected before → after |',
    '|---|---|---|---|---|---|---|---|',
  ]
  for (const row of rows) {
    const first = bank.sectors[row.first]
    const last = bank.sectors[row.last]
    const size = last.offset + last.size - first.offset
    const f = row.flags
    lines.push(
      `| ${row.first === row.last ? row.first : `${row.first}-${row.last}`} | ${hex32(bank.base + first.offset)} | ${formatBytes(size)} | ${mark(f.b, 'B')} | ${mark(f.e, 'E')} | ${f.s ? 'S' : mark(f.w, 'W')} | ${f.x ? '✘ differs' : mark(f.v, 'V')} | ${f.protBefore ? '🔒' : '·'} → ${f.protAfter ? '🔒' : '·'} |`,
    )
  }
  return lines
}
