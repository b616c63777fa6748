// The run step on test firmware (firmware/verdict, built from C), end to end
// through `openocd-flash run` on the virtual F103 and F407 with the stock
// target configs: each case gives its exit code, step status, console log and
// JUnit test cases. A simulator that does not execute code (a build without
// the core of issue 11) skips them, and says why.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { VirtualChip } from '../../src/board/spec.js'
import { readRegisters, writeRegister } from '../../src/openocd/core-state.js'
import type { Report } from '../../src/report/model.js'
import { runCli } from '../support/cli.js'
import { openVirtual } from '../support/virtual.js'

const ELF = path.resolve('firmware/verdict/elf')
const work = mkdtempSync(path.join(os.tmpdir(), 'ofl-firmware-'))

/** Does the virtual core execute instructions? One `step` of a NOP at SRAM tells. */
async function coreExecutes(chip: VirtualChip): Promise<boolean> {
  const v = await openVirtual(chip)
  try {
    await v.session.target.writeMemory(0x20000000, 16, [0xbf00, 0xbf00])
    await writeRegister(v.session, 'pc', 0x20000000)
    await v.session.command('step')
    return (await readRegisters(v.session)).pc === 0x20000002
  } catch {
    return false // a core that does not run never comes back from the step halted
  } finally {
    await v.close()
  }
}

interface Case {
  firmware: string
  run: string
  exitCode: number
  message: RegExp
  console: string[]
  tests?: string[]
}

const CASES: Case[] = [
  {
    firmware: 'pass-rtt',
    run: "{ capture: [rtt], pass: 'ALL TESTS PASSED', fail: 'FAIL|ASSERT', timeout: 5m }",
    exitCode: 0,
    message: /pass pattern/,
    console: ['check 1 ok', 'check 2 ok', 'ALL TESTS PASSED'],
  },
  {
    firmware: 'pass-semihosting',
    run: '{ capture: [semihosting], timeout: 5m }',
    exitCode: 0,
    message: /exited with code 0/,
    console: ['ALL TESTS PASSED'],
  },
  {
    firmware: 'unity-fail-rtt',
    run: '{ capture: [rtt], tests: unity, timeout: 5m }',
    exitCode: 1,
    message: /^test test_divides failed: Expected 4 Was 5$/,
    console: ['3 Tests 1 Failures 0 Ignored', 'FAIL'],
    tests: ['test_adds:passed', 'test_divides:failed', 'test_shifts:passed'],
  },
  {
    firmware: 'unity-fail-semihosting',
    run: '{ capture: [semihosting], tests: unity, timeout: 5m }',
    exitCode: 1,
    message: /^test test_divides failed/,
    console: ['FAIL'],
    tests: ['test_adds:passed', 'test_divides:failed', 'test_shifts:passed'],
  },
  {
    firmware: 'hang-rtt',
    run: "{ capture: [rtt], pass: 'ALL TESTS PASSED', timeout: 3s }",
    exitCode: 1,
    message: /^no verdict within 3\.00 s: halted at PC 0x0800[0-9a-f]{4}$/,
    console: ['waiting for something that never happens'],
  },
  {
    firmware: 'hardfault-rtt',
    run: "{ capture: [rtt], pass: 'ALL TESTS PASSED', timeout: 5m }",
    exitCode: 1,
    message:
      /^HardFault at PC 0x0800[0-9a-f]{4} \(CFSR 0x00010000, HFSR 0x40000000: UNDEFINSTR, FORCED\)$/,
    console: ['about to execute an undefined instruction'],
  },
  {
    firmware: 'exit3-semihosting',
    run: '{ capture: [semihosting], timeout: 5m }',
    exitCode: 1,
    message: /^the firmware exited with code 3$/,
    console: ['exiting with code 3'],
  },
  {
    firmware: 'echo-rtt',
    run: "{ capture: [rtt], send: [hello], pass: 'ALL TESTS PASSED', timeout: 5m }",
    exitCode: 0,
    message: /pass pattern/,
    console: ['ready', 'got hello', 'ALL TESTS PASSED'],
  },
]

// Every case on the F103; on the F407 (same firmware, Cortex-M4 build) one of
// each verdict kind and both consoles, to keep the suite's time in bounds.
const F407_CASES = ['unity-fail-rtt', 'pass-semihosting', 'hardfault-rtt', 'exit3-semihosting']

for (const chip of ['stm32f103', 'stm32f407'] as const) {
  describe(`run step on the virtual ${chip}`, () => {
    let executes: Promise<boolean> | undefined
    for (const c of CASES.filter((c) => chip === 'stm32f103' || F407_CASES.includes(c.firmware))) {
      it(`${c.firmware}: exit code ${c.exitCode}`, async (ctx) => {
        executes ??= coreExecutes(chip)
        if (!(await executes)) ctx.skip('the virtual core does not execute code yet (issue 11)')
        const elf = path.join(ELF, `${c.firmware}-${chip}.elf`)
        const dir = mkdtempSync(path.join(work, `${c.firmware}-`))
        const steps = path.join(dir, 'steps.yml')
        writeFileSync(
          steps,
          `version: 1\nsteps:\n  - write: { image: '${elf}' }\n  - run: ${c.run}\n`,
        )
        const out = path.join(dir, 'out')
        const r = await runCli([
          'run',
          steps,
          '--board',
          `virtual:${chip}`,
          '--no-lock',
          '--out',
          out,
        ])
        expect(r.code, r.stdout + r.stderr).toBe(c.exitCode)
        const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report
        const step = report.steps[1]
        expect(step.status).toBe(c.exitCode === 0 ? 'passed' : 'failed')
        expect(step.run?.message).toMatch(c.message)
        const log = readFileSync(path.join(out, 'run-2.log'), 'utf8').split('\n')
        expect(log[0]).toBe(`boot ${chip}`)
        for (const line of c.console) expect(log).toContain(line)
        expect(step.run?.tests.map((t) => `${t.name}:${t.status}`)).toEqual(c.tests ?? [])
        const junit = readFileSync(path.join(out, 'junit.xml'), 'utf8')
        expect(junit).toContain(`<system-out>boot ${chip}`)
        for (const t of c.tests ?? [])
          expect(junit).toContain(`<testcase name="${t.split(':')[0]}" classname="firmware.2.`)
        if (c.firmware.startsWith('hardfault')) {
          expect(step.run?.fault?.stacked.pc).toBe(step.run?.fault?.pc)
          expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain(
            'Registers stacked on fault entry:',
          )
        }
      })
    }
  })
}
