// Two inventory names for one virtual state file are one board (defect 5 of
// issue 9): their runs take one lock, and `boards` warns about the sharing.
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { killRunningClis, runCli } from '../support/cli.js'
import { holdSteps, makeLab, stepFile, virtualF103 } from './lab.js'

const lab = makeLab({
  'sim-a': virtualF103('shared.bin'),
  // the same file, named another way
  'sim-b': virtualF103('./sub/../shared.bin'),
})
afterEach(killRunningClis)
afterAll(() => lab.remove())

describe('a virtual state file shared by two boards', () => {
  it('is one lock: a run on the other name waits for the holder', async () => {
    const holder = lab.run(lab.put('hold.yml', holdSteps(20_000)), 'sim-a')
    await holder.waitFor('▶ [1/1]')
    const waiter = lab.run(lab.put('reset.yml', stepFile([{ reset: 'halt' }])), 'sim-b', [
      '--lock-timeout',
      '1s',
    ])
    const r = await waiter.result
    expect(r.code, waiter.output()).toBe(4)
    expect(waiter.output()).toMatch(/waiting for probe virtual:\/\S*shared\.bin: held by pid/)
    holder.child.kill('SIGTERM')
    await holder.result
  })

  it('is a warning in boards', async () => {
    const r = await runCli(['boards', '--inventory', lab.inventory, '--lock-dir', lab.lockDir])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(
      /^warning: .*boards 'sim-a' and 'sim-b' share the state file \S*shared\.bin: they are one virtual board/m,
    )
  })
})
