// Flash Patch and Breakpoint unit. OpenOCD enables it after every reset and
// fails the reset if FP_CTRL.ENABLE does not read back as 1.
import type { RegisterFile } from '../bus/registers.js'

const FP_CTRL = 0x000
const FP_COMP0 = 0x008
const FP_CTRL_KEY = 1 << 1
const FP_CTRL_ENABLE = 1 << 0

export class FlashPatchBreakpoint implements RegisterFile {
  private enabled = false
  private readonly comparators: Uint32Array
  private readonly ctrlId: number

  constructor(codeComparators: number, literalComparators: number) {
    this.comparators = new Uint32Array(codeComparators + literalComparators)
    // NUM_CODE is split: bits 14:12 hold its high part, bits 7:4 its low part.
    this.ctrlId =
      ((codeComparators & 0x70) << 8) | (literalComparators << 8) | ((codeComparators & 0xf) << 4)
  }

  readRegister(offset: number): number {
    if (offset === FP_CTRL) return this.ctrlId | (this.enabled ? FP_CTRL_ENABLE : 0)
    return this.comparators[this.comparatorIndex(offset)] ?? 0
  }

  writeRegister(offset: number, value: number): void {
    if (offset === FP_CTRL) {
      if (value & FP_CTRL_KEY) this.enabled = (value & FP_CTRL_ENABLE) !== 0
      return
    }
    const index = this.comparatorIndex(offset)
    if (index >= 0 && index < this.comparators.length) this.comparators[index] = value
  }

  private comparatorIndex(offset: number): number {
    return (offset - FP_COMP0) >> 2
  }
}
