// The registers one ADIv5 debug port keeps whichever wire protocol reaches
// it: CTRL/STAT with its sticky flags, SELECT, and RDBUFF, the result of the
// last AP read. The JTAG-DP and the SW-DP of an SWJ-DP are two ways in to
// this one state and to the same APs behind it.
import { BusFault } from '../bus/bus.js'
import type { MemAp } from './mem-ap.js'

export const STICKYORUN = 1 << 1
export const STICKYCMP = 1 << 4
export const STICKYERR = 1 << 5
export const WDATAERR = 1 << 7
const ORUNDETECT = 1 << 0
const STICKY = STICKYORUN | STICKYCMP | STICKYERR | WDATAERR
// Writable CTRL/STAT bits (ORUNDETECT, TRNMODE, MASKLANE, TRNCNT, the requests).
const CTRL_STAT_WRITABLE = 0x54ffff0d
// Each power/reset request is acknowledged at once, one bit higher.
const REQUESTS = (1 << 26) | (1 << 28) | (1 << 30)

// ABORT (SW-DP address 0x0, write): one bit per sticky flag to clear.
const STKCMPCLR = 1 << 1
const STKERRCLR = 1 << 2
const WDERRCLR = 1 << 3
const ORUNERRCLR = 1 << 4

export class DpRegisters {
  private ctrlStat = 0
  select = 0
  /** The data of the last AP read. */
  rdbuff = 0

  constructor(
    /** Indexed by APSEL; missing APSELs read as zero and ignore writes. */
    private readonly aps: readonly (MemAp | undefined)[],
  ) {}

  get ctrlStatValue(): number {
    return (this.ctrlStat | ((this.ctrlStat & REQUESTS) << 1)) >>> 0
  }

  get stickyError(): boolean {
    return (this.ctrlStat & STICKY) !== 0
  }

  get overrunDetect(): boolean {
    return (this.ctrlStat & ORUNDETECT) !== 0
  }

  /** JTAG-DP: sticky flags are cleared by writing 1 to them. */
  writeCtrlStatJtag(data: number): void {
    const sticky = this.ctrlStat & STICKY & ~data
    this.ctrlStat = (data & CTRL_STAT_WRITABLE) | sticky
  }

  /** SW-DP: sticky flags are read-only here; ABORT clears them. */
  writeCtrlStatSwd(data: number): void {
    this.ctrlStat = (data & CTRL_STAT_WRITABLE) | (this.ctrlStat & STICKY)
  }

  abort(data: number): void {
    let clear = 0
    if (data & STKCMPCLR) clear |= STICKYCMP
    if (data & STKERRCLR) clear |= STICKYERR
    if (data & WDERRCLR) clear |= WDATAERR
    if (data & ORUNERRCLR) clear |= STICKYORUN
    this.ctrlStat &= ~clear
  }

  flag(bits: number): void {
    this.ctrlStat |= bits
  }

  /** Reads an AP register through SELECT; the value also lands in RDBUFF. */
  apRead(address: number): number {
    // While a sticky error is pending, AP transactions are discarded.
    if (this.stickyError) return (this.rdbuff = 0)
    const ap = this.aps[this.select >>> 24]
    try {
      return (this.rdbuff = ap ? ap.read(this.apRegister(address)) : 0)
    } catch (error) {
      if (!(error instanceof BusFault)) throw error
      this.ctrlStat |= STICKYERR
      return (this.rdbuff = 0)
    }
  }

  apWrite(address: number, data: number): void {
    if (this.stickyError) return
    try {
      this.aps[this.select >>> 24]?.write(this.apRegister(address), data)
    } catch (error) {
      if (!(error instanceof BusFault)) throw error
      this.ctrlStat |= STICKYERR
    }
  }

  private apRegister(address: number): number {
    return (this.select & 0xf0) | address
  }
}
