// `openocd-flash doctor` on this machine, and `--probe` asking the real
// OpenOCD about probes: one that answers (a virtual target behind
// remote_bitbang, described as a physical board), missing ST-Link and
// CMSIS-DAP probes, a target that does not answer, and a probe a job holds.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { killRunningClis, runCli, spawnCli, type CliProcess } from '../support/cli.js'
import { holdSteps, makeLab, virtualF103 } from './lab.js'

const lab = makeLab({})
const socket = path.join(lab.root, 'bench.sock')
// A "probe" that is the virtual target's remote_bitbang socket.
const benchProbe = lab.put(
  'bench-probe.cfg',
  [
    'adapter driver remote_bitbang',
    'remote_bitbang port 0',
    `remote_bitbang host ${socket}`,
    'transport select jtag',
  ].join('\n'),
)
const deadTarget = lab.put('no-target.cfg', 'adapter driver dummy\ntransport select jtag\n')
const f1 = 'target/stm32f1x.cfg'
const bench = { interface: benchProbe, target: f1, serial: 'BENCH-1' }

const doctor = (inventory: string, ...args: string[]) =>
  runCli(['doctor', '--inventory', inventory, '--lock-dir', lab.lockDir, ...args])
const inventory = (name: string, boards: object) =>
  lab.put(name, JSON.stringify({ version: 1, boards }))

let sim: CliProcess
beforeAll(async () => {
  sim = spawnCli(['sim', '--chip', 'stm32f103', '--socket', socket])
  await sim.waitFor('listening on unix socket')
})
afterAll(async () => {
  sim.child.kill('SIGTERM')
  await sim.result
  killRunningClis() // what a failed test left running
  lab.remove()
})

describe('openocd-flash doctor', () => {
  it('reports OpenOCD 0.12.0, a valid inventory and a writable lock folder', async () => {
    mkdirSync(lab.lockDir, { recursive: true })
    const r = await doctor(inventory('virtual.json', { 'sim-a': virtualF103('sim-a.bin') }))
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^ok +openocd: \S+: Open On-Chip Debugger 0\.12\.0/m)
    expect(r.stdout).toMatch(/^ok +inventory: .* is valid: 1 boards, 0 with a probe, 1 virtual$/m)
    expect(r.stdout).toContain(`ok    lock directory: ${lab.lockDir} (--lock-dir) is writable`)
    expect(r.stdout).toContain('every runner on this host must use this same folder')
    // USB hints are for hosts with probes.
    expect(r.stdout).not.toMatch(/^\w+ +(usb|udev):/m)
    expect(r.stdout).toMatch(/^doctor: 3 ok, 0 warnings, 0 failures$/m)
  })

  it('fails with exit code 3 when OpenOCD is missing or the lock folder cannot be made', async () => {
    const virtualOnly = inventory('virtual-only.json', { 'sim-a': virtualF103('sim-a.bin') })
    const r = await runCli([
      'doctor',
      '--inventory',
      virtualOnly,
      '--openocd',
      path.join(lab.root, 'no-such-openocd'),
      '--lock-dir',
      path.join(virtualOnly, 'locks'),
    ])
    expect(r.code).toBe(3)
    expect(r.stdout).toMatch(/^fail +openocd: cannot run .*no-such-openocd: .*ENOENT/m)
    expect(r.stdout).toMatch(/^fail +lock directory: .* is not writable: .*is not a folder/m)
  })

  it('exits 2 for an invalid inventory, naming the line', async () => {
    const bad = lab.put('bad.yml', 'version: 1\nboards:\n  x:\n    virtual: { chip: z80 }\n')
    const r = await doctor(bad)
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(new RegExp(`^fail +inventory: ${bad}:4:\\d+: expected chip`, 'm'))
  })

  it('fails a board whose power-cycle commands name programs this host cannot run', async () => {
    const powered = (state: string, commands: object) => ({
      ...virtualF103(state),
      'power-cycle': commands,
    })
    const missingScript = path.join(lab.root, 'missing-on.sh')
    const r = await doctor(
      inventory('power.json', {
        'sim-p': powered('sim-p.bin', { off: ['true'], on: ['/bin/echo', 'on'] }),
        'sim-q': powered('sim-q.bin', {
          off: ['no-such-uhubctl', '-a', 'off'],
          on: [missingScript],
        }),
      }),
    )
    expect(r.code).toBe(3)
    expect(r.stdout).toContain('ok    power-cycle sim-p: off: true; on: /bin/echo on')
    expect(r.stdout).toContain(
      `fail  power-cycle sim-q: the 'off' command's program 'no-such-uhubctl' is not on PATH; the 'on' command's program '${missingScript}' is not an executable file`,
    )
  })

  it('--probe asks OpenOCD whether each probe and target answer', async () => {
    const r = await doctor(
      inventory('probes.json', {
        bench,
        'stlink-gone': { interface: 'interface/stlink.cfg', target: f1, serial: '066DFF' },
        'cmsis-gone': { interface: 'interface/cmsis-dap.cfg', target: f1, serial: 'E6614103E7' },
        'dead-target': { interface: deadTarget, target: f1, serial: 'DUMMY-1' },
        'sim-a': virtualF103('sim-a.bin'),
      }),
      '--probe',
    )
    expect(r.code).toBe(3)
    expect(r.stdout).toMatch(
      /^ok +probe bench: probe \(serial BENCH-1\) found and target responds/m,
    )
    expect(r.stdout).toMatch(
      /^fail +probe stlink-gone: probe not found \(serial 066DFF\): Error: open failed$/m,
    )
    expect(r.stdout).toMatch(
      /^fail +probe cmsis-gone: probe not found \(serial E6614103E7\): Error: unable to find a matching CMSIS-DAP device$/m,
    )
    expect(r.stdout).toMatch(
      /^fail +probe dead-target: probe found, but the target does not respond \(serial DUMMY-1\): Error: /m,
    )
    // Virtual boards have no probe to look for.
    expect(r.stdout).not.toContain('probe sim-a')
  })

  it('--probe leaves a probe alone while a job holds it, and says who', async () => {
    const inv = inventory('bench.json', { bench })
    const holder = lab.run(lab.put('hold.yml', holdSteps(20_000)), 'bench', ['--inventory', inv])
    await holder.waitFor('▶ [1/1]')
    const r = await doctor(inv, '--probe')
    expect(r.stdout).toMatch(
      new RegExp(
        `^warn +probe bench: not probed: held by pid ${holder.child.pid} on .*hold\\.yml`,
        'm',
      ),
    )
    expect(r.stdout).toMatch(/^doctor: .* 0 failures$/m)
    expect(r.code).toBe(0)
    holder.child.kill('SIGTERM')
    await holder.result
  })
})
