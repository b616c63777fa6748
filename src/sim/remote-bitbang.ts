// OpenOCD's remote_bitbang protocol, one byte per action:
//   '0'-'7'  set TCK/TMS/TDI (4*TCK + 2*TMS + TDI); state changes on TCK's rising edge
//   'R'      sample TDO: answer '0' or '1'
//   'r'-'u'  reset lines, 'r' + 2*TRST + SRST (1 = asserted)
//   'B'/'b'  LED on/off (ignored)
//   'Q'      quit
// and, since upstream 0f70c6c32 (after 0.12.0), SWD on the same pins:
//   'O'/'o'  the adapter drives SWDIO / releases it
//   'c'      sample SWDIO: answer '0' or '1'
//   'd'-'g'  set SWCLK/SWDIO ('d' + 2*SWCLK + SWDIO)
//   'Z'/'z'  sleep 1 ms / 1 us (ignored: the simulator keeps no wall-clock time)
// Any other byte is a protocol the target does not speak: the decoder stops,
// names it, and the server closes the connection, because an adapter that
// waits for an answer would otherwise wait forever.
// OpenOCD blocks for the answers at the end of every scan (and for each 'c'),
// so each received chunk is answered in one pass and one write.

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

export interface SwdPins {
  /** A rising SWCLK edge with SWDIO at `level`; `hostDrives` when the adapter drives it. */
  swdClock(level: number, hostDrives: boolean): void
  /** SWDIO as the target leaves it while SWCLK is low. */
  swdio(): number
}

const PIN_0 = 0x30 // '0'
const PIN_7 = 0x37 // '7'
const SAMPLE = 0x52 // 'R'
const RESET_NONE = 0x72 // 'r'
const RESET_BOTH = 0x75 // 'u'
const QUIT = 0x51 // 'Q'
const LED_ON = 0x42 // 'B'
const LED_OFF = 0x62 // 'b'
const DRIVE = 0x4f // 'O'
const RELEASE = 0x6f // 'o'
const SWDIO_SAMPLE = 0x63 // 'c'
const SWD_0 = 0x64 // 'd'
const SWD_3 = 0x67 // 'g'
const SLEEP_MS = 0x5a // 'Z'
const SLEEP_US = 0x7a // 'z'
const TCK = 4
const SWCLK = 2
const TRST = 2
const SRST = 1
const NO_REPLY = Buffer.alloc(0)

export class RemoteBitbangDecoder {
  private tck = 0
  private srst = false
  private hostDrivesSwdio = true
  /** Set once 'Q' (or an unknown byte) has been received; the rest of that chunk is ignored. */
  quit = false
  /** Why the decoder stopped, when it was not 'Q'. */
  error: string | undefined

  constructor(private readonly pins: JtagPins & SwdPins) {}

  /** Acts on one received chunk and returns the answers, one byte per 'R' or 'c'. */
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
      } else if (c === SAMPLE || c === SWDIO_SAMPLE) {
        if (count === 0) replies = Buffer.allocUnsafe(chunk.length - i)
        replies[count++] = PIN_0 + (c === SAMPLE ? pins.tdo() : pins.swdio())
      } else if (c >= SWD_0 && c <= SWD_3) {
        const level = (c - SWD_0) & SWCLK ? TCK : 0
        if (level !== 0 && tck === 0) {
          const drives = this.hostDrivesSwdio
          pins.swdClock(drives ? (c - SWD_0) & 1 : pins.swdio(), drives)
        }
        tck = level
      } else if (c === DRIVE || c === RELEASE) {
        this.hostDrivesSwdio = c === DRIVE
      } else if (c >= RESET_NONE && c <= RESET_BOTH) {
        this.setResetLines(c - RESET_NONE)
      } else if (c === QUIT) {
        this.quit = true
        break
      } else if (c !== LED_ON && c !== LED_OFF && c !== SLEEP_MS && c !== SLEEP_US) {
        this.error = `remote_bitbang: unknown command byte ${describeByte(c)}; this virtual target speaks the letters of OpenOCD 0.12 and later (JTAG and SWD), closing the connection`
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

function describeByte(c: number): string {
  const hex = `0x${c.toString(16).padStart(2, '0')}`
  return c >= 0x21 && c <= 0x7e ? `'${String.fromCharCode(c)}' (${hex})` : hex
}
