// Flash Patch and Breakpoint unit, revision 1 (Cortex-M3/M4): the code
// comparators halt the core on an instruction fetch from their address.
// OpenOCD enables it after every reset and fails the reset if
// FP_CTRL.ENABLE does not read back as 1.
import type { RegisterFile } from '../bus/registers.js'

const FP_CTRL = 0x000
const FP_COMP0 = 0x008
const FP_CTRL_KEY = 1 << 1
const FP_CTRL_ENABLE = 1 << 0
const FP_COMP_ENABLE = 1 << 0
/** FPB rev 1 compares bits 28:2: it only patches the code region below 0x20000000. */
const FP_COMP_ADDRESS = 0x1ffffffc
const CODE_REGION_END = 0x20000000
/** REPLACE, bits 31:30: 01 breaks on the lower halfword, 10 on the upper, 11 on both. */
const REPLACE_SHIFT = 30

export class FlashPatchBreakpoint implements RegisterFile {
  private enabled = false
  private readonly comparators: Uint32Array
  private readonly ctrlId: number

  constructor(
    private readonly codeComparators: number,
    literalComparators: number,
  ) {
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

  /** True when an enabled code comparator breaks on the instruction at `address`. */
  breaksAt(address: number): boolean {
    if (!this.enabled || address >>> 0 >= CODE_REGION_END) return false
    const halfword = address & 2 ? 2 : 1
    for (let i = 0; i < this.codeComparators; i++) {
      const comp = this.comparators[i]
      if (
        comp & FP_COMP_ENABLE &&
        (comp & FP_COMP_ADDRESS) === (address & FP_COMP_ADDRESS) &&
        (comp >>> REPLACE_SHIFT) & halfword
      )
        return true
    }
    return false
  }

  private comparatorIndex(offset: number): number {
    return (offset - FP_COMP0) >> 2
  }
}
