// The run loop: a slice after each answered message, ticks while running
// with nothing received, nothing at all while halted, slow ticks while asleep.
import { describe, expect, it, vi } from 'vitest'
import type { RunState } from '../../src/sim/core/cortex-m-debug.js'
import { RunLoop, type Runnable } from '../../src/sim/run-loop.js'

/** Runs until `haltAfter` instructions in total, then halts. */
function counting(haltAfter: number, state: RunState = 'running') {
  const core = {
    state,
    executed: 0,
    idleCycles: 0,
    run(budget: number): number {
      if (core.state !== 'running') return 0
      const n = Math.min(budget, haltAfter - core.executed)
      core.executed += n
      if (core.executed >= haltAfter) core.state = 'halted'
      return n
    },
    idle(cycles: number): void {
      core.idleCycles += cycles
    },
    polled: false,
    takeStatusPoll(): boolean {
      const polled = core.polled
      core.polled = false
      return polled
    },
  } satisfies Runnable & Record<string, unknown>
  return core
}

describe('RunLoop', () => {
  it('runs a short slice after each answered message, and nothing while halted', () => {
    const core = counting(1_000_000)
    const loop = new RunLoop(core, 8e6)
    loop.afterMessage()
    const afterOne = core.executed
    expect(afterOne).toBeGreaterThan(0)
    expect(afterOne).toBeLessThan(1000)
    // A message that polled DHCSR: the debugger waits for the core, which gets a longer slice.
    core.polled = true
    loop.afterMessage()
    expect(core.executed - afterOne).toBeGreaterThanOrEqual(128)
    loop.stop()

    const halted = counting(1_000_000, 'halted')
    const idle = new RunLoop(halted, 8e6)
    idle.afterMessage()
    idle.wake()
    expect(halted.executed).toBe(0)
    idle.stop()
  })

  it('keeps a running core going with no messages, until it halts', async () => {
    const core = counting(200_000)
    const loop = new RunLoop(core, 8e6)
    loop.wake()
    await vi.waitFor(() => expect(core.state).toBe('halted'), { timeout: 20_000, interval: 5 })
    expect(core.executed).toBe(200_000)
    loop.stop()
  })

  it('lets a sleeping core count time, in core cycles of wall time', async () => {
    const core = counting(0, 'sleeping')
    const loop = new RunLoop(core, 8e6)
    loop.wake()
    await vi.waitFor(() => expect(core.idleCycles).toBeGreaterThan(0), { timeout: 20_000 })
    expect(core.idleCycles % 80_000).toBe(0) // 10 ms ticks at 8 MHz
    loop.stop()
  })
})
