// `openocd-flash boards`: the inventory with each probe free or held, the
// inventory's warnings, and invalid inventories rejected with their line.
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { killRunningClis, runCli } from '../support/cli.js'
import { holdSteps, makeLab, stepFile, virtualF103 } from './lab.js'

const lab = makeLab({
  'nucleo-f401-1': {
    interface: 'interface/stlink.cfg',
    target: 'target/stm32f4x.cfg',
    serial: '066DFF495351885087133248',
    labels: ['f4', 'lab-a'],
  },
  'nucleo-f401-2': { interface: 'interface/stlink.cfg', target: 'target/stm32f4x.cfg' },
  'sim-a': { ...virtualF103('sim-a.bin'), labels: ['sim'] },
})
// A virtual board's lock is its state file's real path.
const simKey = `virtual:${path.join(realpathSync(lab.root), 'sim-a.bin')}`
const resetFile = lab.put('reset.yml', stepFile([{ reset: 'halt' }]))
const boards = (...args: string[]) =>
  runCli(['boards', '--inventory', lab.inventory, '--lock-dir', lab.lockDir, ...args])

afterEach(killRunningClis)
afterAll(() => lab.remove())

// The error is on line 6: a speed that is not a number.
const BAD_INVENTORY = `version: 1
boards:
  nucleo:
    interface: interface/stlink.cfg
    target: target/stm32f4x.cfg
    speed: fast
`

describe('openocd-flash boards', () => {
  it('lists every board with its kind, serial, labels and a free probe, and warns of a missing serial', async () => {
    const r = await boards()
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      `inventory ${lab.inventory}: 3 boards; probe locks in ${lab.lockDir}`,
    )
    expect(r.stdout).toMatch(
      /^nucleo-f401-1 +stlink\/stm32f4x +066DFF495351885087133248 +f4,lab-a +free$/m,
    )
    expect(r.stdout).toMatch(/^nucleo-f401-2 +stlink\/stm32f4x +- +- +free$/m)
    expect(r.stdout).toMatch(/^sim-a +virtual stm32f103 +- +sim +free$/m)
    // The second ST-Link board has no serial: a swapped probe would retarget it.
    expect(r.stderr).toMatch(
      new RegExp(`^warning: ${lab.inventory}:\\d+:3: board 'nucleo-f401-2' has no serial`, 'm'),
    )
  })

  it('shows a held board with its holder, since when, and who waits', async () => {
    const holdFile = lab.put('hold.yml', holdSteps(600_000))
    const holder = lab.run(holdFile, 'sim-a')
    await holder.waitFor('▶ [1/1]')
    const waiter = lab.run(resetFile, 'sim-a')
    await waiter.waitFor(`waiting for probe ${simKey}`)

    const text = await boards()
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(
      new RegExp(
        `^sim-a .* held by pid ${holder.child.pid} on \\S+ \\(openocd-flash run .*hold\\.yml .*\\) since \\S+; 1 waiting$`,
        'm',
      ),
    )
    expect(text.stdout).toMatch(/^nucleo-f401-1 .* free$/m)

    const json = JSON.parse((await boards('--json')).stdout)
    const sim = json.boards.find((b: { name: string }) => b.name === 'sim-a')
    expect(sim).toMatchObject({
      kind: 'virtual',
      chip: 'stm32f103',
      lockKey: simKey,
      status: 'held',
      holder: { pid: holder.child.pid, description: expect.stringContaining(holdFile) },
      waiting: [{ pid: waiter.child.pid }],
    })
    expect(Date.parse(sim.holder.since)).toBeLessThanOrEqual(Date.now())
    expect(json.warnings).toHaveLength(1)

    for (const job of [waiter, holder]) {
      job.child.kill('SIGTERM')
      await job.result
    }
    expect((await boards()).stdout).toMatch(/^sim-a .* free$/m)
  })

  it('rejects an invalid inventory with the line of the error, for boards and for run', async () => {
    const bad = lab.put('bad.yml', BAD_INVENTORY)
    for (const args of [
      ['boards', '--inventory', bad],
      ['run', resetFile, '--board', 'nucleo', '--inventory', bad, '--lock-dir', lab.lockDir],
    ]) {
      const r = await runCli(args)
      expect(r.code, args[0]).toBe(2)
      expect(r.stderr).toContain(`${bad}:6:12: expected a number of kHz (boards.nucleo.speed)`)
      expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
    }
  })
})
