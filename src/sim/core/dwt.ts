// Data Watchpoint and Trace unit: NUMCOMP in DWT_CTRL, comparator storage
// (OpenOCD clears it at examine and after every reset) and the cycle
// counter, which counts while DEMCR.TRCENA and DWT_CTRL.CYCCNTENA are set.
import type { RegisterFile } from '../bus/registers.js'

const DWT_CTRL = 0x000
const DWT_CYCCNT = 0x004
const DWT_COMP0 = 0x020
const COMPARATOR_STRIDE = 0x10
const DWT_CTRL_WRITABLE = 0x0fffffff
const CYCCNTENA = 1 << 0

export class DataWatchpoint implements RegisterFile {
  private ctrl = 0
  private cyccnt = 0
  // COMP, MASK, FUNCTION (and a reserved word) per comparator.
  private readonly comparators: Uint32Array

  constructor(private readonly numberOfComparators: number) {
    this.comparators = new Uint32Array(numberOfComparators * 4)
  }

  readRegister(offset: number): number {
    if (offset === DWT_CTRL) return ((this.numberOfComparators << 28) | this.ctrl) >>> 0
    if (offset === DWT_CYCCNT) return this.cyccnt
    const index = this.comparatorWord(offset)
    return index < 0 ? 0 : this.comparators[index]
  }

  writeRegister(offset: number, value: number): void {
    if (offset === DWT_CTRL) {
      this.ctrl = value & DWT_CTRL_WRITABLE
      return
    }
    if (offset === DWT_CYCCNT) {
      this.cyccnt = value >>> 0
      return
    }
    const index = this.comparatorWord(offset)
    if (index >= 0) this.comparators[index] = value
  }

  /** `cycles` core clock cycles passed; `traceEnabled` is DEMCR.TRCENA. */
  countCycles(cycles: number, traceEnabled: boolean): void {
    if (traceEnabled && this.ctrl & CYCCNTENA) this.cyccnt = (this.cyccnt + cycles) >>> 0
  }

  private comparatorWord(offset: number): number {
    const relative = offset - DWT_COMP0
    if (relative < 0 || relative >= this.numberOfComparators * COMPARATOR_STRIDE) return -1
    return relative >> 2
  }
}
