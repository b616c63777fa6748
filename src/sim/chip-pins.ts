// What the remote_bitbang adapter is wired to: the chip's JTAG pins and its
// reset line.
import type { SimulatedChip } from './chip.js'
import type { JtagPins } from './remote-bitbang.js'

/**
 * The chip's JTAG pins as the adapter drives them. After the disconnect
 * fault fires the target no longer answers — TDO floats high — until
 * OpenOCD connects again.
 */
export class ChipPins implements JtagPins {
  private silent = false

  constructor(private readonly chip: SimulatedChip) {}

  connect(): void {
    this.silent = false
    this.chip.chain.reset()
  }

  disconnect(): void {
    this.silent = true
  }

  clock(tms: number, tdi: number): void {
    if (!this.silent) this.chip.chain.clock(tms, tdi)
  }

  tdo(): number {
    return this.silent ? 1 : this.chip.chain.tdo()
  }

  resetTaps(): void {
    this.chip.chain.reset()
  }

  systemReset(): void {
    this.chip.systemReset()
  }
}
