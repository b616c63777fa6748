// STM32 DBGMCU: the device ID the flash drivers probe, and the freeze
// registers the configs' examine-end handlers set. Only a power-on reset
// clears them, so they keep their value across system resets.
import type { RegisterFile } from '../bus/registers.js'

const IDCODE = 0x0

export class Dbgmcu implements RegisterFile {
  /** F1/F4: CR, APB1_FZ, APB2_FZ; H7: CR and the freeze registers up to 0x54. */
  private readonly control: Uint32Array

  constructor(
    private readonly idcode: number,
    size = 0x10,
  ) {
    this.control = new Uint32Array(size / 4 - 1)
  }

  readRegister(offset: number): number {
    if (offset === IDCODE) return this.idcode
    return this.control[(offset >> 2) - 1] ?? 0
  }

  writeRegister(offset: number, value: number): void {
    const index = (offset >> 2) - 1
    if (index >= 0 && index < this.control.length) this.control[index] = value
  }
}
