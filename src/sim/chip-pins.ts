// What the remote_bitbang adapter is wired to: the chip's SWJ-DP pins (JTAG
// or SWD) and its reset line.
import type { SimulatedChip } from './chip.js'
import type { JtagPins, SwdPins } from './remote-bitbang.js'

/**
 * The chip's debug pins as the adapter drives them. After the disconnect
 * fault fires the target no longer answers — TDO and SWDIO float high —
 * until OpenOCD connects again.
 */
export class ChipPins implements JtagPins, SwdPins {
  private silent = false

  constructor(private readonly chip: SimulatedChip) {}

  connect(): void {
    this.silent = false
    this.chip.swj.reset()
  }

  disconnect(): void {
    this.silent = true
  }

  clock(tms: number, tdi: number): void {
    if (!this.silent) this.chip.swj.jtagClock(tms, tdi)
  }

  tdo(): number {
    return this.silent ? 1 : this.chip.swj.tdo()
  }

  swdClock(level: number, hostDrives: boolean): void {
    if (!this.silent) this.chip.swj.swdClock(level, hostDrives)
  }

  swdio(): number {
    return this.silent ? 1 : this.chip.swj.swdio()
  }

  resetTaps(): void {
    this.chip.chain.reset()
  }

  systemReset(): void {
    this.chip.systemReset()
  }
}
