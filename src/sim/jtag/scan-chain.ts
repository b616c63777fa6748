// The scan chain: one TAP controller state shared by every TAP (they all see
// the same TMS), with the TAPs' shift registers in series from TDI to TDO.
import { TapState, nextTapState } from './tap-state.js'
import type { Tap } from './tap.js'

export class ScanChain {
  private state: TapState = TapState.TestLogicReset
  /** Nearest TDO first, as OpenOCD declares them. */
  private readonly taps: readonly Tap[]

  constructor(taps: readonly Tap[]) {
    this.taps = taps
  }

  /** Test-Logic-Reset, as after TRST or a new connection. */
  reset(): void {
    this.state = TapState.TestLogicReset
    for (const tap of this.taps) tap.reset()
  }

  /** TDO while TCK is low: the LSB of the shift register nearest TDO. */
  tdo(): number {
    const state = this.state
    return state === TapState.ShiftDr || state === TapState.ShiftIr ? this.taps[0].path.lo & 1 : 0
  }

  /** One rising TCK edge: act in the current state, then move. */
  clock(tms: number, tdi: number): void {
    const taps = this.taps
    const state = this.state
    if (state === TapState.ShiftDr || state === TapState.ShiftIr) {
      let bit = tdi
      for (let i = taps.length - 1; i >= 0; i--) bit = taps[i].path.shift(bit)
    } else if (state === TapState.CaptureDr) {
      for (const tap of taps) tap.captureDr()
    } else if (state === TapState.CaptureIr) {
      for (const tap of taps) tap.captureIr()
    }
    const next = nextTapState(state, tms)
    this.state = next
    if (next === state) return
    if (next === TapState.UpdateDr) for (const tap of taps) tap.updateDr()
    else if (next === TapState.UpdateIr) for (const tap of taps) tap.updateIr()
    else if (next === TapState.TestLogicReset) for (const tap of taps) tap.reset()
  }
}
