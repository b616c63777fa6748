// Parsers of on-target test output, line by line, and the verdict they feed.
import { describe, expect, it } from 'vitest'
import { Judge } from '../../src/run/judge.js'
import { testParser, type TestEvent } from '../../src/run/tests.js'

const feed = (format: 'unity' | 'ztest' | 'tap', text: string): TestEvent[] => {
  const parse = testParser(format)
  return text.split('\n').flatMap((l) => parse(l))
}

describe('Unity output', () => {
  const out = [
    'test/main.c:10:test_adds:PASS',
    'test/main.c:17:test_divides:FAIL: Expected 4 Was 5',
    'test/main.c:22:test_later:IGNORE',
    '',
    '-----------------------',
    '3 Tests 1 Failures 1 Ignored',
    'FAIL',
  ].join('\n')

  it('gives one result per test, with file, line and message', () => {
    const events = feed('unity', out)
    expect(events.filter((e) => e.kind === 'test').map((e) => e.kind === 'test' && e.test)).toEqual(
      [
        { name: 'test_adds', status: 'passed', file: 'test/main.c', line: 10, message: undefined },
        {
          name: 'test_divides',
          status: 'failed',
          file: 'test/main.c',
          line: 17,
          message: 'Expected 4 Was 5',
        },
        {
          name: 'test_later',
          status: 'skipped',
          file: 'test/main.c',
          line: 22,
          message: undefined,
        },
      ],
    )
  })

  it('ends at the summary: OK passes, FAIL fails', () => {
    expect(feed('unity', out).at(-1)).toEqual({ kind: 'done', passed: false })
    expect(feed('unity', 'a.c:1:t:PASS\n1 Tests 0 Failures 0 Ignored\nOK').at(-1)).toEqual({
      kind: 'done',
      passed: true,
    })
  })

  it('does not take a lone OK before the summary as the end', () => {
    expect(feed('unity', 'OK\nFAIL')).toEqual([])
  })
})

describe('ztest output', () => {
  it('gives results and the end', () => {
    const events = feed(
      'ztest',
      [
        'START - test_a',
        ' PASS - test_a in 0.001 seconds',
        ' FAIL - test_b in 0.010 seconds',
        ' SKIP - test_c in 0.000 seconds',
        'PROJECT EXECUTION FAILED',
      ].join('\n'),
    )
    expect(events).toEqual([
      { kind: 'test', test: { name: 'test_a', status: 'passed' } },
      { kind: 'test', test: { name: 'test_b', status: 'failed' } },
      { kind: 'test', test: { name: 'test_c', status: 'skipped' } },
      { kind: 'done', passed: false },
    ])
  })
})

describe('TAP output', () => {
  it('ends when the planned number of results is in', () => {
    const events = feed(
      'tap',
      ['1..3', 'ok 1 - first', 'not ok 2 - second', 'ok 3 # SKIP no hardware'].join('\n'),
    )
    expect(events).toEqual([
      { kind: 'test', test: { name: 'first', status: 'passed' } },
      { kind: 'test', test: { name: 'second', status: 'failed' } },
      { kind: 'test', test: { name: 'test 3', status: 'skipped' } },
      { kind: 'done', passed: false },
    ])
  })

  it('takes a plan given last, a TODO failure as no failure, and Bail out! as the end', () => {
    expect(feed('tap', 'ok 1 - a\nnot ok 2 - b # TODO later\n1..2').at(-1)).toEqual({
      kind: 'done',
      passed: true,
    })
    expect(feed('tap', 'ok 1 - a\nBail out! no board').at(-1)).toEqual({
      kind: 'done',
      passed: false,
    })
  })
})

describe('the judge', () => {
  it('passes on the pass pattern', () => {
    const j = new Judge({ pass: 'ALL TESTS PASSED' })
    j.line('booting')
    expect(j.decided).toBe(false)
    j.line('ALL TESTS PASSED')
    expect(j.verdict).toMatchObject({ passed: true, reason: 'pass-pattern' })
  })

  it('lets a failure seen anywhere win over a pass that came first', () => {
    const j = new Judge({ pass: 'DONE', fail: 'ASSERT' })
    j.line('DONE')
    j.line('ASSERT at main.c:3')
    expect(j.verdict).toMatchObject({ passed: false, reason: 'fail-pattern' })
  })

  it('fails a Unity run with a failed test even when the firmware exits 0', () => {
    const j = new Judge({ tests: 'unity' })
    j.line('m.c:5:test_x:FAIL: boom')
    expect(j.decided).toBe(false) // the run goes on to its summary
    j.exit(0)
    expect(j.verdict).toMatchObject({
      passed: false,
      reason: 'tests',
      message: 'test test_x failed: boom',
    })
    expect(j.tests).toHaveLength(1)
  })

  it('reports a non-zero exit code', () => {
    const j = new Judge({})
    j.exit(3)
    expect(j.verdict).toEqual({
      passed: false,
      reason: 'exit',
      message: 'the firmware exited with code 3',
    })
  })

  it('passes a complete test run without a pass pattern', () => {
    const j = new Judge({ tests: 'tap' })
    for (const l of ['1..2', 'ok 1 - a', 'ok 2 - b']) j.line(l)
    expect(j.verdict).toEqual({ passed: true, reason: 'tests', message: '2 test(s) passed' })
  })
})
