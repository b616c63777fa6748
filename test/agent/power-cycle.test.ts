// `openocd-flash power-cycle BOARD`, as a lab admin runs it on a wedged
// board: the inventory's commands switch the board's power off and on, their
// output printed, under the board's probe lock; and the ways it refuses.
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { killRunningClis, runCli, spawnCli } from '../support/cli.js'
import { holdSteps, makeLab, stepFile } from './lab.js'

// The virtual board's power switch, switched by a script as uhubctl switches a hub port.
const SWITCH = path.resolve('test/fixtures/power/virtual-power.mjs')
const powerCycle = (socket: string) => ({
  off: [process.execPath, SWITCH, socket, 'off'],
  on: [process.execPath, SWITCH, socket, 'on'],
})

// A bench board: a virtual F103 run by `openocd-flash sim` in the lab, which
// the inventory reaches as a real probe (remote_bitbang), with its power switch.
const lab = makeLab((root) => ({
  bench: {
    interface: path.join(root, 'bench-probe.cfg'),
    target: 'target/stm32f1x.cfg',
    'power-cycle': powerCycle(path.join(root, 'bench-power.sock')),
  },
  'no-switch': {
    virtual: { chip: 'stm32f103', state: 'no-switch.bin' },
    'power-cycle': powerCycle(path.join(root, 'nobody-listens.sock')),
  },
  'no-power-cycle': { virtual: { chip: 'stm32f103' } },
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
      /^openocd-flash power-cycle: .*virtual-power\.mjs .*nobody-listens\.sock off exited 1\n$/,
    )
  })
})
