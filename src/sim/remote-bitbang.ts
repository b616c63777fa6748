// OpenOCD 0.12's remote_bitbang protocol, one byte per action:
//   '0'-'7'  set TCK/TMS/TDI (4*TCK + 2*TMS + TDI); state changes on TCK's rising edge
//   'R'      sample TDO: answer '0' or '1'
//   'r'-'u'  reset lines, 'r' + 2*TRST + SRST (1 = asserted)
//   'Q'      quit
// Everything else ('B'/'b' LED, letters of later versions) is ignored.
// OpenOCD blocks for the TDO answers at the end of every scan, so each
// received chunk is answered in one pass and one write.

export interface JtagPins {
  /** A rising TCK edge with these TMS and TDI levels. */
  clock(tms: number, tdi: number): void
  /** TDO while TCK is low. */
  tdo(): number
  /** TRST asserted: every TAP to Test-Logic-Reset. */
  resetTaps(): void
  /** SRST released after being asserted: the system reset takes effect. */
  systemReset(): void
}

const PIN_0 = 0x30 // '0'
const PIN_7 = 0x37 // '7'
const SAMPLE = 0x52 // 'R'
const RESET_NONE = 0x72 // 'r'
const RESET_BOTH = 0x75 // 'u'
const QUIT = 0x51 // 'Q'
const TCK = 4
const TRST = 2
const SRST = 1
const NO_REPLY = Buffer.alloc(0)

export class RemoteBitbangDecoder {
  private tck = 0
  private srst = false
  /** Set once 'Q' has been received; the rest of that chunk is ignored. */
  quit = false

  constructor(private readonly pins: JtagPins) {}

  /** Acts on one received chunk and returns the TDO answers, one byte per 'R'. */
  decode(chunk: Buffer): Buffer {
    const pins = this.pins
    let replies = NO_REPLY
    let count = 0
    let tck = this.tck
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]
      if (c >= PIN_0 && c <= PIN_7) {
        const level = c & TCK
        if (level !== 0 && tck === 0) pins.clock((c >> 1) & 1, c & 1)
        tck = level
      } else if (c === SAMPLE) {
        if (count === 0) replies = Buffer.allocUnsafe(chunk.length - i)
        replies[count++] = PIN_0 + pins.tdo()
      } else if (c >= RESET_NONE && c <= RESET_BOTH) {
        this.setResetLines(c - RESET_NONE)
      } else if (c === QUIT) {
        this.quit = true
        break
      }
    }
    this.tck = tck
    return count === 0 ? NO_REPLY : replies.subarray(0, count)
  }

  private setResetLines(lines: number): void {
    if (lines & TRST) this.pins.resetTaps()
    const srst = (lines & SRST) !== 0
    if (this.srst && !srst) this.pins.systemReset()
    this.srst = srst
  }
}
