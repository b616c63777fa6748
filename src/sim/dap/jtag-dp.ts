// The ARM JTAG-DP (ADIv5, DPv0): the instruction/data registers of the CPU
// TAP, the DP registers, and the posted-read pipeline — a read requested in
// one scan is performed at its Update-DR and its data comes out in the
// capture of the next scan, whatever that scan is.
import { BusFault } from '../bus/bus.js'
import type { ShiftRegister } from '../jtag/shift-register.js'
import type { TapDevice } from '../jtag/tap.js'
import type { MemAp } from './mem-ap.js'

const IR_ABORT = 0x8
const IR_DPACC = 0xa
const IR_APACC = 0xb
const IR_IDCODE = 0xe

const ACK_OK_FAULT = 0b010

const DP_CTRL_STAT = 0x4
const DP_SELECT = 0x8
const DP_RDBUFF = 0xc

const STICKYORUN = 1 << 1
const STICKYCMP = 1 << 4
const STICKYERR = 1 << 5
const WRITE_ONE_TO_CLEAR = STICKYORUN | STICKYCMP | STICKYERR
// Writable CTRL/STAT bits (ORUNDETECT, TRNMODE, MASKLANE, TRNCNT, the requests).
const CTRL_STAT_WRITABLE = 0x54ffff0d
// Each power/reset request is acknowledged at once, one bit higher.
const REQUESTS = (1 << 26) | (1 << 28) | (1 << 30)

export class JtagDp implements TapDevice {
  readonly irLength = 4
  readonly irCapture = 0b0001
  readonly resetInstruction = IR_IDCODE

  private ctrlStat = 0
  private select = 0
  /** The data the next scan's capture returns. */
  private readResult = 0
  private lastApRead = 0

  constructor(
    private readonly idcode: number,
    /** Indexed by APSEL; other APSELs read as zero and ignore writes. */
    private readonly aps: readonly MemAp[],
  ) {}

  captureDr(instruction: number, dr: ShiftRegister): void {
    if (instruction === IR_DPACC || instruction === IR_APACC || instruction === IR_ABORT) {
      const data = this.readResult
      dr.load(35, ACK_OK_FAULT | (data << 3), data >>> 29)
    } else if (instruction === IR_IDCODE) {
      dr.load(32, this.idcode)
    } else {
      dr.load(1, 0) // BYPASS
    }
  }

  updateDr(instruction: number, dr: ShiftRegister): void {
    if (instruction !== IR_DPACC && instruction !== IR_APACC) return // ABORT: nothing to abort
    const read = (dr.lo & 1) === 1
    const address = (dr.lo & 0b110) << 1 // A[3:2]
    const data = dr.bits(3)
    if (instruction === IR_DPACC) this.dpAccess(read, address, data)
    else this.apAccess(read, address, data)
  }

  private dpAccess(read: boolean, address: number, data: number): void {
    if (read) {
      if (address === DP_CTRL_STAT) this.readResult = this.ctrlStatValue()
      else if (address === DP_SELECT) this.readResult = this.select
      else if (address === DP_RDBUFF) this.readResult = this.lastApRead
      else this.readResult = 0
      return
    }
    if (address === DP_CTRL_STAT) {
      const sticky = this.ctrlStat & WRITE_ONE_TO_CLEAR & ~data
      this.ctrlStat = (data & CTRL_STAT_WRITABLE) | sticky
    } else if (address === DP_SELECT) {
      this.select = data
    }
  }

  private apAccess(read: boolean, address: number, data: number): void {
    // While a sticky error is pending, AP transactions are discarded.
    if (this.ctrlStat & (STICKYERR | STICKYORUN)) {
      if (read) this.readResult = this.lastApRead = 0
      return
    }
    const ap = this.aps[this.select >>> 24]
    const register = (this.select & 0xf0) | address
    try {
      if (read) this.readResult = this.lastApRead = ap ? ap.read(register) : 0
      else ap?.write(register, data)
    } catch (error) {
      if (!(error instanceof BusFault)) throw error
      this.ctrlStat |= STICKYERR
      if (read) this.readResult = this.lastApRead = 0
    }
  }

  private ctrlStatValue(): number {
    return (this.ctrlStat | ((this.ctrlStat & REQUESTS) << 1)) >>> 0
  }
}
