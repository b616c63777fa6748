// A run step judging a board's serial console, end to end through the engine
// (report.json, report.md, junit.xml, run-1.log) on the virtual F103, with a
// pseudo-terminal pair as the serial port.
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseVirtualRef } from '../../src/board/virtual.js'
import { runStepFile } from '../../src/engine/run.js'
import { serialPort, UNITY_FAILING } from '../support/serial.js'

async function run(output: string, step: string) {
  const device = await serialPort(output)
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'ofl-uart-'))
  const outcome = await runStepFile({
    stepFile: path.join(outDir, 'steps.yml'),
    stepText: `version: 1\nsteps:\n  - run: ${step}\n`,
    board: { ...parseVirtualRef('virtual:stm32f103')!, uart: { device, baud: 115200 } },
    outDir,
  })
  const read = (name: string) => readFileSync(path.join(outDir, name), 'utf8')
  return { outcome, read, step: outcome.report.steps[0] }
}

describe('run step on a serial console', () => {
  it('fails on a failing Unity test, with one JUnit case per test and the console as system-out', async () => {
    const { outcome, read, step } = await run(
      UNITY_FAILING,
      '{ capture: [uart], tests: unity, timeout: 2m }',
    )
    expect(outcome.exitCode).toBe(1)
    expect(step.status).toBe('failed')
    expect(step.error?.message).toBe('test test_divides failed: Expected 4 Was 5')
    expect(step.run).toMatchObject({ passed: false, reason: 'tests', log: 'run-1.log' })
    expect(step.run!.tests.map((t) => `${t.name}:${t.status}`)).toEqual([
      'test_adds:passed',
      'test_divides:failed',
      'test_shifts:passed',
    ])
    expect(read('run-1.log')).toBe(UNITY_FAILING.replace(/\r/g, ''))
    const junit = read('junit.xml')
    expect(junit).toMatch(/<testsuite [^>]*tests="4" failures="2"/)
    expect(junit).toMatch(
      /<testcase name="test_divides" classname="firmware\.1\. run \(uart\)" file="test\/main\.c" line="32">\s*<failure message="Expected 4 Was 5"/,
    )
    expect(junit).toMatch(/<testcase name="test_adds" [^>]*\/>/)
    expect(junit).toMatch(/<system-out>boot stm32f103\ntest\/main.c:31:test_adds:PASS/)
    const md = read('report.md')
    expect(md).toContain('**Verdict:** ❌ failed: test test_divides failed: Expected 4 Was 5')
    expect(md).toContain('❌ `test_divides` (test/main.c:32): Expected 4 Was 5')
    expect(md).toMatch(/```\nboot stm32f103\n[\s\S]*\nFAIL\n```/)
  })

  it('passes on the pass pattern', async () => {
    const { outcome, step } = await run(
      'boot\r\nALL TESTS PASSED\r\n',
      "{ capture: [uart], pass: 'ALL TESTS PASSED', fail: 'FAIL|ASSERT', timeout: 2m }",
    )
    expect(outcome.exitCode).toBe(0)
    expect(step.status).toBe('passed')
    expect(step.notes[0]).toMatch(/pass pattern/)
    expect(step.files).toEqual([expect.objectContaining({ path: 'run-1.log', role: 'log' })])
  })

  it('says which board has no serial port', async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'ofl-uart-'))
    const outcome = await runStepFile({
      stepFile: path.join(outDir, 'steps.yml'),
      stepText: `version: 1\nsteps:\n  - run: { capture: [uart], pass: OK }\n`,
      board: parseVirtualRef('virtual:stm32f103')!,
      outDir,
    })
    expect(outcome.exitCode).toBe(1)
    expect(outcome.report.steps[0].error?.message).toMatch(/capture uart needs a serial device/)
  })
})
