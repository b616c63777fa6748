// The ARM SW-DP (ADIv5.2, DPv1), one SWCLK cycle at a time: line reset,
// packet request, turnaround, ACK, data with parity. The DP registers and
// the APs behind them are the same ones the JTAG-DP reaches (dp-registers.ts).
//
// Cycle model: `swdio()` is what the target drives while SWCLK is low (a
// pulled-up 1 when it drives nothing); `clock(level)` is the rising edge,
// where the target samples the line and moves to its next cycle.
import { DpRegisters, WDATAERR } from './dp-registers.js'

const ACK_OK = 0b001
const ACK_FAULT = 0b100
// No WAIT (0b010): every access the simulator does completes within its packet.
type SwdAck = typeof ACK_OK | typeof ACK_FAULT

const DP_DPIDR_ABORT = 0x0
const DP_CTRL_STAT = 0x4
const DP_SELECT_RESEND = 0x8

/** At least 50 cycles with SWDIO high reset the line. */
export const LINE_RESET_CYCLES = 50

type Phase =
  | 'reset' // after a line reset, until the first low cycle
  | 'idle'
  | 'request'
  | 'turnaround-to-target'
  | 'ack'
  | 'read-data'
  | 'turnaround-to-host'
  | 'write-data'
  | 'lockout' // after a protocol error, until a line reset

interface Request {
  ap: boolean
  read: boolean
  /** A[3:2] as a byte address: 0x0, 0x4, 0x8 or 0xC. */
  address: number
}

export class SwDp {
  private phase: Phase = 'lockout'
  /** Bits of the current field, LSB first, and how many there are. */
  private bits = 0
  private count = 0
  private parity = 0
  private ones = 0
  /** Since the last line reset no DPIDR read has taken the link out of reset. */
  private inReset = true
  private request: Request = { ap: false, read: false, address: 0 }
  private ack: SwdAck = ACK_OK
  private dataPhase = true
  private readData = 0
  /** The last read's data, which RESEND returns again. */
  private lastRead = 0

  constructor(
    private readonly dpidr: number,
    private readonly dp: DpRegisters,
  ) {}

  /** The SWJ-DP switched to JTAG (or away from SWD): the link needs a line reset. */
  disconnect(): void {
    this.phase = 'lockout'
    this.ones = 0
    this.inReset = true
  }

  /** SWDIO as the target drives it during the current cycle. */
  swdio(): number {
    if (this.phase === 'ack') return (this.ack >> this.count) & 1
    if (this.phase === 'read-data') {
      return this.count < 32 ? (this.readData >>> this.count) & 1 : parity32(this.readData)
    }
    return 1
  }

  /** One rising SWCLK edge with the line at `level`. */
  clock(level: number): void {
    const hostDrives =
      this.phase !== 'ack' && this.phase !== 'read-data' && !this.phase.startsWith('turnaround')
    if (hostDrives) {
      this.ones = level ? this.ones + 1 : 0
      if (this.ones >= LINE_RESET_CYCLES) {
        this.phase = 'reset'
        this.inReset = true
        return
      }
    }
    switch (this.phase) {
      case 'lockout':
        return
      case 'reset':
      case 'idle':
        if (level) this.begin('request', 1, 1)
        else this.phase = 'idle'
        return
      case 'request':
        this.shiftIn(level)
        if (this.count === 8) this.onRequest()
        return
      case 'turnaround-to-target':
        this.begin('ack')
        return
      case 'ack':
        if (++this.count === 3) this.afterAck()
        return
      case 'read-data':
        if (++this.count === 33) this.phase = 'turnaround-to-host'
        return
      case 'turnaround-to-host':
        if (this.request.read || !this.dataPhase) this.phase = 'idle'
        else this.begin('write-data')
        return
      case 'write-data':
        this.shiftIn(level)
        if (this.count === 33) this.onWriteData()
        return
    }
  }

  private begin(phase: Phase, bits = 0, count = 0): void {
    this.phase = phase
    this.bits = bits
    this.count = count
    this.parity = 0
  }

  private shiftIn(level: number): void {
    if (this.count < 32) this.bits = (this.bits | (level << this.count)) >>> 0
    else this.parity = level
    this.count++
  }

  // Start, APnDP, RnW, A2, A3, parity, stop, park.
  private onRequest(): void {
    const b = this.bits
    const bit = (n: number) => (b >> n) & 1
    const fieldParity = bit(1) ^ bit(2) ^ bit(3) ^ bit(4)
    const framed = bit(0) === 1 && bit(6) === 0 && bit(7) === 1 && bit(5) === fieldParity
    const request = { ap: bit(1) === 1, read: bit(2) === 1, address: (b >> 1) & 0b1100 }
    const dpidrRead = !request.ap && request.read && request.address === DP_DPIDR_ABORT
    // A malformed request, or anything but a DPIDR read while the link is
    // still in reset, is a protocol error: the target does not answer.
    if (!framed || (this.inReset && !dpidrRead)) {
      this.phase = 'lockout'
      return
    }
    this.request = request
    this.ack = this.acknowledge(request)
    this.begin('turnaround-to-target')
  }

  private acknowledge({ ap, read, address }: Request): SwdAck {
    // With a sticky flag set, only DPIDR, CTRL/STAT and ABORT stay reachable.
    const alwaysAllowed = !ap && (address === DP_DPIDR_ABORT || (read && address === DP_CTRL_STAT))
    if (this.dp.stickyError && !alwaysAllowed) return ACK_FAULT
    if (read) this.readData = this.performRead(ap, address)
    return ACK_OK
  }

  private performRead(ap: boolean, address: number): number {
    const dp = this.dp
    let value: number
    if (ap) {
      // Posted: this read returns the previous AP read's data and starts a new one.
      value = dp.rdbuff
      dp.apRead(address)
    } else if (address === DP_DPIDR_ABORT) {
      this.inReset = false
      value = this.dpidr
    } else if (address === DP_CTRL_STAT) {
      value = (dp.select & 0xf) === 0 ? dp.ctrlStatValue : 0 // DPBANKSEL 0; DLCR and others read 0
    } else if (address === DP_SELECT_RESEND) {
      value = this.lastRead
    } else {
      value = dp.rdbuff // 0xC: RDBUFF
    }
    return (this.lastRead = value >>> 0)
  }

  private afterAck(): void {
    // FAULT (like WAIT) ends the packet, unless overrun detection asks for the
    // data phase to be clocked anyway (OpenOCD's bitbang driver always clocks it).
    this.dataPhase = this.ack === ACK_OK || this.dp.overrunDetect
    if (this.ack !== ACK_OK) this.readData = 0
    if (this.request.read && this.dataPhase) this.begin('read-data')
    else this.begin('turnaround-to-host')
  }

  private onWriteData(): void {
    this.phase = 'idle'
    if (this.ack !== ACK_OK) return
    const data = this.bits
    if (this.parity !== parity32(data)) {
      this.dp.flag(WDATAERR)
      return
    }
    const { ap, address } = this.request
    const dp = this.dp
    if (ap) dp.apWrite(address, data)
    else if (address === DP_DPIDR_ABORT) dp.abort(data)
    else if (address === DP_CTRL_STAT) {
      if ((dp.select & 0xf) === 0) dp.writeCtrlStatSwd(data)
    } else if (address === DP_SELECT_RESEND) dp.select = data
    // 0xC: TARGETSEL, for multi-drop (DPv2); a DPv1 ignores it.
  }
}

function parity32(value: number): number {
  let v = value >>> 0
  v ^= v >>> 16
  v ^= v >>> 8
  v ^= v >>> 4
  v ^= v >>> 2
  v ^= v >>> 1
  return v & 1
}
