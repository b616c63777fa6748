// The SWJ-DP's shared pins: SWCLK/TCK and SWDIO/TMS reach either the JTAG
// scan chain or the SW-DP, and the 16-bit select sequences (after at least
// 50 cycles high, ADIv5.2 B5.2) switch between them. Power-on is JTAG, as on
// the STM32F1/F4.
import type { ScanChain } from '../jtag/scan-chain.js'
import { LINE_RESET_CYCLES, type SwDp } from './sw-dp.js'

// LSB first on the wire.
const JTAG_TO_SWD = 0xe79e
const SWD_TO_JTAG = 0xe73c

export type SwjMode = 'jtag' | 'swd'

export class SwjPort {
  mode: SwjMode = 'jtag'
  private ones = 0
  /** Bits of a select sequence being received, -1 when none is. */
  private selectCount = -1
  private selectBits = 0

  constructor(
    readonly chain: ScanChain,
    readonly swDp: SwDp,
  ) {}

  /** Power-on (or a probe attaching): JTAG, TAPs in Test-Logic-Reset. */
  reset(): void {
    this.mode = 'jtag'
    this.ones = 0
    this.selectCount = -1
    this.chain.reset()
    this.swDp.disconnect()
  }

  /** A rising TCK edge from a JTAG adapter, which always drives TMS. */
  jtagClock(tms: number, tdi: number): void {
    this.watch(tms)
    if (this.mode === 'jtag') this.chain.clock(tms, tdi)
  }

  tdo(): number {
    return this.mode === 'jtag' ? this.chain.tdo() : 0
  }

  /** A rising SWCLK edge; `hostDrives` when the adapter drives SWDIO. */
  swdClock(level: number, hostDrives: boolean): void {
    if (hostDrives) this.watch(level)
    if (this.mode === 'swd') this.swDp.clock(level)
  }

  /** What the target drives on SWDIO (a pulled-up 1 when it does not). */
  swdio(): number {
    return this.mode === 'swd' ? this.swDp.swdio() : 1
  }

  private watch(level: number): void {
    if (this.selectCount >= 0) {
      this.selectBits |= level << this.selectCount
      if (++this.selectCount === 16) {
        this.selectCount = -1
        if (this.selectBits === JTAG_TO_SWD) this.switchTo('swd')
        else if (this.selectBits === SWD_TO_JTAG) this.switchTo('jtag')
      }
    } else if (!level && this.ones >= LINE_RESET_CYCLES) {
      // Both sequences start with a 0 bit.
      this.selectCount = 1
      this.selectBits = 0
    }
    this.ones = level ? this.ones + 1 : 0
  }

  private switchTo(mode: SwjMode): void {
    if (mode === this.mode) return
    this.mode = mode
    if (mode === 'swd') this.swDp.disconnect()
    else this.chain.reset()
  }
}
