// The ARM JTAG-DP (ADIv5, DPv0): the instruction/data registers of the CPU
// TAP in front of the DP registers, and the posted-read pipeline — a read
// requested in one scan is performed at its Update-DR and its data comes out
// in the capture of the next scan, whatever that scan is.
import type { ShiftRegister } from '../jtag/shift-register.js'
import type { TapDevice } from '../jtag/tap.js'
import type { DpRegisters } from './dp-registers.js'

const IR_ABORT = 0x8
const IR_DPACC = 0xa
const IR_APACC = 0xb
const IR_IDCODE = 0xe

const ACK_OK_FAULT = 0b010

const DP_CTRL_STAT = 0x4
const DP_SELECT = 0x8
const DP_RDBUFF = 0xc

export class JtagDp implements TapDevice {
  readonly irLength = 4
  readonly irCapture = 0b0001
  readonly resetInstruction = IR_IDCODE

  /** The data the next scan's capture returns. */
  private readResult = 0

  constructor(
    private readonly idcode: number,
    private readonly dp: DpRegisters,
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
    else if (read) this.readResult = this.dp.apRead(address)
    else this.dp.apWrite(address, data)
  }

  private dpAccess(read: boolean, address: number, data: number): void {
    const dp = this.dp
    if (read) {
      if (address === DP_CTRL_STAT) this.readResult = dp.ctrlStatValue
      else if (address === DP_SELECT) this.readResult = dp.select
      else if (address === DP_RDBUFF) this.readResult = dp.rdbuff
      else this.readResult = 0
      return
    }
    if (address === DP_CTRL_STAT) dp.writeCtrlStatJtag(data)
    else if (address === DP_SELECT) dp.select = data
  }
}
