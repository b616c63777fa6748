// junit.xml: one test case per step, so any CI shows the run in its test view;
// a run step adds one case per test the firmware reported, and its console
// as the step's system-out.
import { formatProblem } from '../util/yaml-schema.js'
import { hex32 } from './format.js'
import type { Report, StepRecord } from './model.js'

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '')

// A failed verification names every differing range it has, with its sector.
function mismatches(s: StepRecord): string {
  const v = s.verification
  if (!v || v.match) return ''
  const lines = v.ranges.map(
    (m) =>
      `differs at ${hex32(m.address)} (${m.length} byte(s))${m.sector !== undefined ? `: bank ${m.bank} sector ${m.sector}` : ''}`,
  )
  if (v.truncated) lines.push('… more ranges differ (see report.json)')
  return lines.join('\n')
}

/** `consoles`: the console text of run steps, by step index. */
export function renderJunit(r: Report, consoles: ReadonlyMap<number, string> = new Map()): string {
  const firmwareTests = r.steps.flatMap((s) => s.run?.tests ?? [])
  const failures =
    r.steps.filter((s) => s.status === 'failed' || s.status === 'timeout').length +
    firmwareTests.filter((t) => t.status === 'failed').length
  const skipped =
    r.steps.filter((s) => s.status === 'skipped' || s.status === 'planned').length +
    firmwareTests.filter((t) => t.status === 'skipped').length
  const suiteName = `openocd-flash ${r.stepFile} on ${r.board.name}`
  const cases = r.steps.flatMap((s) => [stepCase(r, s, consoles.get(s.index)), ...testCases(s)])
  // A run that failed before any step (bad input, no probe) is one failing case.
  if (r.steps.length === 0 && r.result !== 'success') {
    cases.push(
      `    <testcase name="run" classname="openocd-flash" time="0">\n      <failure message="${xml(r.result)}">${xml([r.message ?? '', ...r.problems.map(formatProblem)].join('\n'))}</failure>\n    </testcase>`,
    )
  }
  const total = Math.max(r.steps.length + firmwareTests.length, cases.length)
  const failed = r.steps.length ? failures : cases.length
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="openocd-flash" tests="${total}" failures="${failed}" skipped="${skipped}" time="${(r.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${xml(suiteName)}" tests="${total}" failures="${failed}" skipped="${skipped}" timestamp="${r.startedAt}" time="${(r.durationMs / 1000).toFixed(3)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n')
}

function stepCase(r: Report, s: StepRecord, console: string | undefined): string {
  const attrs = `name="${xml(`${s.index + 1}. ${s.name}`)}" classname="${xml(`openocd-flash.${s.kind}`)}" file="${xml(r.stepFile)}" line="${s.line}" time="${((s.durationMs ?? 0) / 1000).toFixed(3)}"`
  const out = console === undefined ? '' : `\n      <system-out>${xml(console)}</system-out>`
  if (s.status === 'failed' || s.status === 'timeout') {
    const detail = [s.error?.message ?? s.status, mismatches(s), s.error?.openocd ?? '']
      .join('\n\n')
      .trim()
    return `    <testcase ${attrs}>\n      <failure message="${xml(s.error?.message ?? s.status)}" type="${s.status}">${xml(detail)}</failure>${out}\n    </testcase>`
  }
  if (s.status === 'skipped' || s.status === 'planned') {
    return `    <testcase ${attrs}>\n      <skipped message="${s.status === 'planned' ? 'dry run' : 'not run after an earlier failure'}"/>\n    </testcase>`
  }
  return out ? `    <testcase ${attrs}>${out}\n    </testcase>` : `    <testcase ${attrs}/>`
}

/** The tests the firmware reported in a run step, as their own cases. */
function testCases(s: StepRecord): string[] {
  return (s.run?.tests ?? []).map((t) => {
    const where =
      t.file === undefined
        ? ''
        : ` file="${xml(t.file)}"${t.line === undefined ? '' : ` line="${t.line}"`}`
    const attrs = `name="${xml(t.name)}" classname="${xml(`firmware.${s.index + 1}. ${s.name}`)}"${where}`
    if (t.status === 'failed')
      return `    <testcase ${attrs}>\n      <failure message="${xml(t.message ?? 'failed')}" type="failed">${xml(t.message ?? '')}</failure>\n    </testcase>`
    if (t.status === 'skipped') return `    <testcase ${attrs}>\n      <skipped/>\n    </testcase>`
    return `    <testcase ${attrs}/>`
  })
}
