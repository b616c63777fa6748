// A JTAG shift register of up to 64 bits, kept in two 32-bit halves so that
// the 35-bit DPACC/APACC register shifts without BigInt. TDI enters at the
// MSB; the LSB is what TDO shows.

export class ShiftRegister {
  /** Bits 0-31. */
  lo = 0
  /** Bits 32 and up. */
  hi = 0
  length = 1

  load(length: number, lo: number, hi = 0): void {
    this.length = length
    this.lo = length >= 32 ? lo >>> 0 : lo & ((1 << length) - 1)
    this.hi = length > 32 ? hi & ((2 ** (length - 32) - 1) >>> 0) : 0
  }

  /** Shifts one bit in at the MSB and returns the bit that leaves at the LSB. */
  shift(tdi: number): number {
    const out = this.lo & 1
    const length = this.length
    if (length <= 32) {
      this.lo = (this.lo >>> 1) | (tdi << (length - 1))
    } else {
      this.lo = (this.lo >>> 1) | ((this.hi & 1) << 31)
      this.hi = (this.hi >>> 1) | (tdi << (length - 33))
    }
    return out
  }

  /** The unsigned value of bits `from`..`from+31` (`from` <= 32). */
  bits(from: number): number {
    if (from === 0) return this.lo >>> 0
    return ((this.lo >>> from) | (this.hi << (32 - from))) >>> 0
  }
}
