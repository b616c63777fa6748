// Per-test results from the console of on-target test frameworks, one line at
// a time: each parser says what a line reports (a test's result, or that the
// whole run is over) and keeps no state beyond what its format needs.
import type { TestFormat } from '../plan/steps.js'

export interface TestResult {
  name: string
  status: 'passed' | 'failed' | 'skipped'
  /** Where the framework says the test is (Unity prints file:line). */
  file?: string
  line?: number
  message?: string
}

export type TestEvent =
  | { kind: 'test'; test: TestResult }
  /** The framework says the run is complete, and whether it passed. */
  | { kind: 'done'; passed: boolean }

/** What one console line reports: nothing, a result, the end, or (TAP's last result) both. */
export type TestLineParser = (line: string) => TestEvent[]

// Unity: `test/main.c:12:test_adds:PASS`, `…:FAIL: Expected 4 Was 5`,
// `…:IGNORE`; the run ends with `N Tests M Failures K Ignored` and OK or FAIL.
const UNITY_RESULT = /^(.+?):(\d+):([^:\s]+):(PASS|FAIL|IGNORE)(?::\s?(.*))?$/
const UNITY_SUMMARY = /^(\d+) Tests (\d+) Failures (\d+) Ignored\s*$/

function unity(): TestLineParser {
  let failures: number | undefined
  return (line) => {
    const m = UNITY_RESULT.exec(line)
    if (m) {
      const status = m[4] === 'PASS' ? 'passed' : m[4] === 'FAIL' ? 'failed' : 'skipped'
      return [
        {
          kind: 'test',
          test: { name: m[3], status, file: m[1], line: Number(m[2]), message: m[5] || undefined },
        },
      ]
    }
    const s = UNITY_SUMMARY.exec(line)
    if (s) failures = Number(s[2])
    else if (failures !== undefined && (line === 'OK' || line === 'FAIL'))
      return [{ kind: 'done', passed: line === 'OK' && failures === 0 }]
    return []
  }
}

// ztest: ` PASS - test_x in 0.001 seconds`, ` FAIL - test_x …`, ` SKIP - …`;
// the run ends with PROJECT EXECUTION SUCCESSFUL or FAILED.
const ZTEST_RESULT = /^\s*(PASS|FAIL|SKIP) - (\S+?)(?: in [\d.]+ seconds)?\s*$/
const ZTEST_DONE = /PROJECT EXECUTION (SUCCESSFUL|FAILED)/

function ztest(): TestLineParser {
  return (line) => {
    const m = ZTEST_RESULT.exec(line)
    if (m) {
      const status = m[1] === 'PASS' ? 'passed' : m[1] === 'FAIL' ? 'failed' : 'skipped'
      return [{ kind: 'test', test: { name: m[2], status } }]
    }
    const d = ZTEST_DONE.exec(line)
    return d ? [{ kind: 'done', passed: d[1] === 'SUCCESSFUL' }] : []
  }
}

// TAP: `1..N` plans N tests; `ok 3 - name`, `not ok 4 - name`, `# SKIP` and
// `# TODO` directives; the run is over when N results are in (or `Bail out!`).
const TAP_PLAN = /^1\.\.(\d+)/
const TAP_RESULT = /^(not )?ok\b\s*(\d+)?\s*(?:-\s*)?([^#]*?)\s*(?:#\s*(SKIP|TODO)\b.*)?$/i

function tap(): TestLineParser {
  let planned: number | undefined
  let seen = 0
  let failed = 0
  const done = (): TestEvent[] =>
    planned !== undefined && seen >= planned
      ? [{ kind: 'done', passed: failed === 0 && seen === planned }]
      : []
  return (line) => {
    if (/^Bail out!/.test(line)) return [{ kind: 'done', passed: false }]
    const p = TAP_PLAN.exec(line)
    if (p) {
      planned = Number(p[1])
      return done()
    }
    const m = TAP_RESULT.exec(line)
    if (!m) return []
    seen++
    const directive = m[4]?.toUpperCase()
    const status =
      directive === 'SKIP' ? 'skipped' : m[1] && directive !== 'TODO' ? 'failed' : 'passed'
    if (status === 'failed') failed++
    return [{ kind: 'test', test: { name: m[3] || `test ${m[2] ?? seen}`, status } }, ...done()]
  }
}

const PARSERS: Record<TestFormat, () => TestLineParser> = { unity, ztest, tap }

/** A fresh parser (parsers keep per-run state) for one format. */
export function testParser(format: TestFormat): TestLineParser {
  return PARSERS[format]()
}
