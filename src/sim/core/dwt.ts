// Data Watchpoint and Trace unit: NUMCOMP in DWT_CTRL and comparator
// storage, which OpenOCD clears at examine and after every reset.
import type { RegisterFile } from '../bus/registers.js'

const DWT_CTRL = 0x000
const DWT_COMP0 = 0x020
const COMPARATOR_STRIDE = 0x10
const DWT_CTRL_WRITABLE = 0x0fffffff

export class DataWatchpoint implements RegisterFile {
  private ctrl = 0
  // COMP, MASK, FUNCTION (and a reserved word) per comparator.
  private readonly comparators: Uint32Array

  constructor(private readonly numberOfComparators: number) {
    this.comparators = new Uint32Array(numberOfComparators * 4)
  }

  readRegister(offset: number): number {
    if (offset === DWT_CTRL) return ((this.numberOfComparators << 28) | this.ctrl) >>> 0
    const index = this.comparatorWord(offset)
    return index < 0 ? 0 : this.comparators[index]
  }

  writeRegister(offset: number, value: number): void {
    if (offset === DWT_CTRL) {
      this.ctrl = value & DWT_CTRL_WRITABLE
      return
    }
    const index = this.comparatorWord(offset)
    if (index >= 0) this.comparators[index] = value
  }

  private comparatorWord(offset: number): number {
    const relative = offset - DWT_COMP0
    if (relative < 0 || relative >= this.numberOfComparators * COMPARATOR_STRIDE) return -1
    return relative >> 2
  }
}
