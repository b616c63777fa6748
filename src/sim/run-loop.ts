// When the core runs. OpenOCD blocks on a socket round trip for every JTAG
// scan, so the core must run between the adapter's messages without delaying
// their answers: a short slice right after each answered message (a flash
// loader polling its FIFO keeps up with the data OpenOCD sends), a long one
// when the message polled DHCSR (OpenOCD waits for the core: the end of an
// algorithm, a breakpoint), and slices on an event-loop tick that grow the
// longer the adapter has been quiet (while OpenOCD sleeps between polls). A halted or locked-up core costs nothing; a
// sleeping one wakes on a slow timer to let SysTick count. When the adapter
// is not busy with the core (only OpenOCD's background poll, every 100 ms, or
// nothing), a running core is throttled to a tenth of a CPU, so firmware
// spinning in a test does not take a whole CPU of a busy machine.
import { performance } from 'node:perf_hooks'
import type { RunState } from './core/cortex-m-debug.js'

export interface Runnable {
  readonly state: RunState
  /** Runs at most `budget` instructions; returns how many ran. */
  run(budget: number): number
  /** Whether the debugger polled the halt status while the core ran, since the last call. */
  takeStatusPoll(): boolean
  /** A sleeping core: `cycles` pass, then it looks for a pending interrupt. */
  idle(cycles: number): void
}

/** Instructions after each answered message: several FIFO words' worth of loader work. */
const PER_MESSAGE = 192
/** How long the core runs when the debugger is waiting for it to halt. */
const AWAITED_SLICE_MS = 1
/** Instructions between clock reads inside a slice. */
const BATCH = 128
const MIN_SLICE_MS = 0.05
const MAX_SLICE_MS = 2
/** No message for this long: the adapter is not waiting on the core (OpenOCD's flash loops pause 2 ms). */
const QUIET_MS = 5
const THROTTLE_PAUSE_MS = 18
const SLEEP_TICK_MS = 10

export class RunLoop {
  private pending: NodeJS.Immediate | NodeJS.Timeout | undefined
  private lastMessage = performance.now()
  private stopped = false

  constructor(
    private readonly core: Runnable,
    /** The core clock while sleeping, to turn wall time into SysTick cycles. */
    private readonly clockHz: number,
  ) {}

  /** The adapter's message was answered. */
  afterMessage(): void {
    this.lastMessage = performance.now()
    if (this.core.state === 'running') {
      if (this.core.takeStatusPoll()) this.runFor(AWAITED_SLICE_MS)
      else this.core.run(PER_MESSAGE)
    }
    this.schedule()
  }

  /** The core may have started running (resume, reset). */
  wake(): void {
    this.schedule()
  }

  stop(): void {
    this.stopped = true
    this.cancel()
  }

  private schedule(): void {
    if (this.pending || this.stopped) return
    const state = this.core.state
    if (state === 'running') {
      const quiet = performance.now() - this.lastMessage > QUIET_MS
      this.pending = quiet
        ? setTimeout(() => this.tick(), THROTTLE_PAUSE_MS)
        : setImmediate(() => this.tick())
    } else if (state === 'sleeping') {
      this.pending = setTimeout(() => this.tick(), SLEEP_TICK_MS)
    }
    this.pending?.unref()
  }

  private tick(): void {
    this.pending = undefined
    const state = this.core.state
    if (state === 'running') this.slice()
    else if (state === 'sleeping') this.core.idle(Math.round((this.clockHz * SLEEP_TICK_MS) / 1000))
    this.schedule()
  }

  // The longer the adapter has been quiet, the longer the slice.
  private slice(): void {
    const quiet = performance.now() - this.lastMessage
    this.runFor(Math.min(MAX_SLICE_MS, Math.max(MIN_SLICE_MS, quiet / 2)))
  }

  private runFor(ms: number): void {
    const start = performance.now()
    while (this.core.state === 'running') {
      this.core.run(BATCH)
      if (performance.now() - start >= ms) break
    }
  }

  private cancel(): void {
    if (this.pending === undefined) return
    clearTimeout(this.pending as NodeJS.Timeout)
    clearImmediate(this.pending as NodeJS.Immediate)
    this.pending = undefined
  }
}
