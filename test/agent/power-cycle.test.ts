// `openocd-flash power-cycle BOARD`, as a lab admin runs it on a wedged
// board: the inventory's commands switch the board's power off and on, their
// output printed, under the board's probe lock; and the ways it refuses. And
// the power-cycle step, which does the same in the middle of a run.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { killRunningClis, runCli, spawnCli } from '../support/cli.js'
import { pattern } from '../support/images.js'
import { holdSteps, makeLab, stepFile, switchCommands, writeStep } from './lab.js'

// A bench board: a virtual F103 run by `openocd-flash sim` in the lab, which
// the inventory reaches as a real probe (remote_bitbang), with its power switch.
const lab = makeLab((root) => ({
  bench: {
    interface: path.join(root, 'bench-probe.cfg'),
    target: 'target/stm32f1x.cfg',
    'power-cycle': switchCommands(path.join(root, 'bench-power.sock')),
  },
  'no-switch': {
    virtual: { chip: 'stm32f103', state: 'no-switch.bin' },
    'power-cycle': switchCommands(path.join(root, 'nobody-listens.sock')),
  },
  'no-power-cycle': { virtual: { chip: 'stm32f103' } },
  cycled: {
    virtual: {
      chip: 'stm32f103',
      faults: ['wedged:after-connections=1'],
      'power-switch': 'cycled-power.sock',
    },
    'power-cycle': switchCommands(path.join(root, 'cycled-power.sock')),
  },
  held: {
    virtual: { chip: 'stm32f103', state: 'held.bin' },
    'power-cycle': {
      off: [process.execPath, '-e', 'process.exit(0)'],
      on: [process.execPath, '-e', 'process.exit(0)'],
    },
  },
}))
lab.put(
  'bench-probe.cfg',
  [
    'adapter driver remote_bitbang',
    'remote_bitbang port 0',
    `remote_bitbang host ${path.join(lab.root, 'bench.sock')}`,
    'transport select jtag',
    '',
  ].join('\n'),
)
const image = lab.put('app.bin', pattern(4096, 3))
afterEach(killRunningClis)
afterAll(() => lab.remove())
const cycle = (board: string, extra: string[] = []) =>
  runCli(['power-cycle', board, '--inventory', lab.inventory, '--lock-dir', lab.lockDir, ...extra])

describe('openocd-flash power-cycle', () => {
  it('switches a wedged board off and on with its commands, and a run then connects', async () => {
    const sim = spawnCli([
      'sim',
      '--chip',
      'stm32f103',
      '--socket',
      path.join(lab.root, 'bench.sock'),
      '--power-switch',
      path.join(lab.root, 'bench-power.sock'),
      '--fault',
      'wedged',
    ])
    await sim.waitFor('stop with Ctrl-C')
    expect(sim.output()).toContain(
      `power switch on unix socket ${path.join(lab.root, 'bench-power.sock')}`,
    )
    const reset = lab.put('reset.yml', stepFile([{ reset: 'halt' }]))
    const before = lab.run(reset, 'bench', ['--retries', '0'])
    expect((await before.result).code).toBe(3)
    expect(before.report().message).toMatch(/the debug probe was not found/)

    const r = await cycle('bench')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^power-cycling bench\n {2}power-cycle: .*virtual-power\.mjs .*bench-power\.sock off → exit 0\n {4}power off\n {2}power-cycle: .* on → exit 0\n {4}power on\n✔ bench power-cycled in .*; no serial in the inventory, so not waiting for the probe to re-enumerate\n$/,
    )
    const after = lab.run(reset, 'bench', ['--retries', '0'])
    expect((await after.result).code).toBe(0)
    sim.child.kill('SIGTERM')
    expect((await sim.result).code).toBe(0)
  })

  it('waits for the job that holds the board, and gives up at --lock-timeout (exit 4)', async () => {
    const holder = lab.run(lab.put('hold.yml', holdSteps(60_000)), 'held')
    await holder.waitFor('▶ [1/1]')
    const r = await cycle('held', ['--lock-timeout', '1s'])
    expect(r.code).toBe(4)
    expect(r.stdout).toContain(`held by pid ${holder.child.pid}`)
    expect(r.stderr).toMatch(
      /openocd-flash power-cycle: probe virtual:.*held\.bin is still held by pid/,
    )
    expect(r.stdout).not.toContain('power-cycling')
  })

  it('refuses a board without a power-cycle entry (exit 2)', async () => {
    const r = await cycle('no-power-cycle')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      "openocd-flash power-cycle: board 'no-power-cycle' has no 'power-cycle' entry in the inventory: give it 'power-cycle: { off: [...], on: [...] }' (see docs/agent.md)\n",
    )
    expect((await cycle('virtual:stm32f103')).stderr).toMatch(
      /'virtual:stm32f103' has no 'power-cycle' entry/,
    )
    const unknown = await cycle('nope')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown board 'nope'/)
    const none = await runCli(['power-cycle', '--inventory', lab.inventory])
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/give exactly one board: openocd-flash power-cycle BOARD/)
  })

  it('exits 3 naming the command that failed, with its output, and runs no command after it', async () => {
    const r = await cycle('no-switch')
    expect(r.code).toBe(3)
    expect(r.stdout).toMatch(
      /power-cycle: .*nobody-listens\.sock off → exit 1\n {4}cannot reach the power switch .*nobody-listens\.sock: ENOENT\n$/,
    )
    expect(r.stdout).not.toMatch(/ on → exit/)
    expect(r.stderr).toMatch(
      /^openocd-flash power-cycle: the power-cycle command '.*virtual-power\.mjs .*nobody-listens\.sock off' exited 1\n$/,
    )
  })
})

describe('a power-cycle step', () => {
  const steps = lab.put(
    'cycle.yml',
    stepFile([
      writeStep(image, 0x08000000),
      { 'power-cycle': true },
      { verify: { image, address: 0x08000000 } },
    ]),
  )

  it('switches the board off and on between two steps; OpenOCD connects again and the run goes on', async () => {
    const job = lab.run(steps, 'cycled')
    const r = await job.result
    expect(r.code).toBe(0)
    // Wedged after the first connection: the second one works only because power was cycled.
    expect(r.stdout).toMatch(
      /▶ \[2\/3\] power-cycle the board\npower-cycling the board: .*\nOpenOCD started .*\nresetting and halting the target\n✔ \[2\/3\] power-cycle the board .*\n {2}power-cycle: .*cycled-power\.sock off → exit 0\n {4}power off\n/,
    )
    const report = job.report()
    expect(report.steps.map((s) => s.status)).toEqual(['passed', 'passed', 'passed'])
    expect(report.steps[1].powerCycle?.commands.map((c) => c.output)).toEqual([
      'power off',
      'power on',
    ])
    expect(report.steps[1].notes).toContain(
      'power came back; OpenOCD reconnected and the target was prepared again',
    )
    expect(readFileSync(path.join(job.out, 'openocd-power-cycle-2.log'), 'utf8')).toMatch(
      /stm32f1x/,
    )
    expect(readFileSync(path.join(job.out, 'report.md'), 'utf8')).toMatch(
      /cycled-power\.sock on {2}\(exit 0\)\npower on/,
    )
  })

  it('is refused before anything starts, at its line, on a board without power-cycle commands (exit 2)', async () => {
    const job = lab.run(steps, 'no-power-cycle')
    const r = await job.result
    expect(r.code).toBe(2)
    expect(r.stdout).toContain(
      `error: ${steps}:6:1: step 2 (power-cycle the board): board 'no-power-cycle' has no power-cycle commands: give it 'power-cycle: { off: [...], on: [...] }' in the inventory (steps[1])\n`,
    )
    expect(r.stdout).not.toContain('virtual stm32f103 started')
    expect(job.report().problems.map((p) => [p.line, p.path])).toEqual([[6, 'steps[1]']])
  })

  it('fails the run as infrastructure (exit 3) when a power-cycle command fails, its output in the report', async () => {
    const job = lab.run(steps, 'no-switch')
    const r = await job.result
    expect(r.code).toBe(3)
    const report = job.report()
    expect(report.steps.map((s) => s.status)).toEqual(['passed', 'failed', 'skipped'])
    expect(report.message).toMatch(
      /^step 2 \(power-cycle the board\): the power-cycle command '.*nobody-listens\.sock off' exited 1$/,
    )
    expect(report.steps[1].powerCycle?.commands).toEqual([
      expect.objectContaining({
        exitCode: 1,
        output: expect.stringMatching(/cannot reach the power switch .*: ENOENT/),
      }),
    ])
  })
})
