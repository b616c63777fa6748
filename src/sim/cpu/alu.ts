// The ARMv7-M pseudocode helpers (DDI0403E A2.2, A2.3, A5.3.2) that the
// instruction executors share. They return the result and leave the carry
// out in `alu.carry`, so the hot path allocates nothing.

export const alu = { carry: 0, overflow: 0, lo: 0, hi: 0 }

export const SHIFT_LSL = 0
export const SHIFT_LSR = 1
export const SHIFT_ASR = 2
export const SHIFT_ROR = 3
export const SHIFT_RRX = 4

/** Shift_C: `amount` 0 leaves value and carry as they are. */
export function shiftC(value: number, type: number, amount: number, carryIn: number): number {
  value >>>= 0
  if (amount === 0 && type !== SHIFT_RRX) {
    alu.carry = carryIn
    return value
  }
  switch (type) {
    case SHIFT_LSL:
      if (amount < 32) {
        alu.carry = (value >>> (32 - amount)) & 1
        return (value << amount) >>> 0
      }
      alu.carry = amount === 32 ? value & 1 : 0
      return 0
    case SHIFT_LSR:
      if (amount < 32) {
        alu.carry = (value >>> (amount - 1)) & 1
        return value >>> amount
      }
      alu.carry = amount === 32 ? value >>> 31 : 0
      return 0
    case SHIFT_ASR:
      if (amount < 32) {
        alu.carry = (value >>> (amount - 1)) & 1
        return (value >> amount) >>> 0
      }
      alu.carry = value >>> 31
      return (value >> 31) >>> 0
    case SHIFT_ROR: {
      const m = amount & 31
      const result = m === 0 ? value : ((value >>> m) | (value << (32 - m))) >>> 0
      alu.carry = result >>> 31
      return result
    }
    default:
      alu.carry = value & 1
      return ((carryIn << 31) | (value >>> 1)) >>> 0
  }
}

/** DecodeImmShift + Shift_C for the imm5 forms: LSR/ASR #0 mean #32, ROR #0 means RRX. */
export function immShiftC(value: number, type: number, imm5: number, carryIn: number): number {
  if (imm5 === 0) {
    if (type === SHIFT_LSR || type === SHIFT_ASR) return shiftC(value, type, 32, carryIn)
    if (type === SHIFT_ROR) return shiftC(value, SHIFT_RRX, 1, carryIn)
  }
  return shiftC(value, type, imm5, carryIn)
}

/** AddWithCarry: the result, with the carry in `alu.carry` and the overflow in `alu.overflow`. */
export function addWithCarry(x: number, y: number, carryIn: number): number {
  x >>>= 0
  y >>>= 0
  const sum = x + y + carryIn
  const result = sum >>> 0
  alu.carry = sum > 0xffffffff ? 1 : 0
  alu.overflow = ((x ^ result) & (y ^ result)) >>> 31
  return result
}

/** ThumbExpandImm_C (A5.3.2). */
export function thumbExpandImmC(imm12: number, carryIn: number): number {
  const imm8 = imm12 & 0xff
  if ((imm12 & 0xc00) === 0) {
    alu.carry = carryIn
    switch ((imm12 >>> 8) & 3) {
      case 0:
        return imm8
      case 1:
        return ((imm8 << 16) | imm8) >>> 0
      case 2:
        return ((imm8 << 24) | (imm8 << 8)) >>> 0
      default:
        return Math.imul(imm8, 0x01010101) >>> 0
    }
  }
  const unrotated = 0x80 | (imm12 & 0x7f)
  const rotation = (imm12 >>> 7) & 0x1f
  const result = ((unrotated >>> rotation) | (unrotated << (32 - rotation))) >>> 0
  alu.carry = result >>> 31
  return result
}

/** SignedSatQ: saturates to `bits` bits; `alu.overflow` says whether it saturated. */
export function signedSat(value: number, bits: number): number {
  const max = 2 ** (bits - 1) - 1
  const min = -(2 ** (bits - 1))
  alu.overflow = 1
  if (value > max) return max
  if (value < min) return min
  alu.overflow = 0
  return value
}

/** UnsignedSatQ. */
export function unsignedSat(value: number, bits: number): number {
  const max = 2 ** bits - 1
  alu.overflow = 1
  if (value > max) return max
  if (value < 0) return 0
  alu.overflow = 0
  return value
}

export function rotateRight(value: number, amount: number): number {
  const m = amount & 31
  return m === 0 ? value >>> 0 : ((value >>> m) | (value << (32 - m))) >>> 0
}

/** Sign-extends the low `bits` bits. */
export function signExtend(value: number, bits: number): number {
  const shift = 32 - bits
  return (value << shift) >> shift
}

/** The 64-bit product of two 32-bit values, in `alu.lo` and `alu.hi`, exact without BigInt. */
export function multiplyLong(a: number, b: number, signed: boolean): void {
  a >>>= 0
  b >>>= 0
  const al = a & 0xffff
  const ah = a >>> 16
  const bl = b & 0xffff
  const bh = b >>> 16
  const low = al * bl
  const cross = ah * bl + al * bh + (low >>> 16)
  alu.lo = (((cross & 0xffff) << 16) | (low & 0xffff)) >>> 0
  let hi = ah * bh + Math.floor(cross / 0x10000)
  if (signed) {
    if (a & 0x80000000) hi -= b
    if (b & 0x80000000) hi -= a
  }
  alu.hi = hi >>> 0
}

/** Adds the 64-bit value hi:lo to `alu.hi`:`alu.lo`. */
export function accumulateLong(lo: number, hi: number): void {
  const sum = alu.lo + (lo >>> 0)
  alu.lo = sum >>> 0
  alu.hi = (alu.hi + (hi >>> 0) + (sum > 0xffffffff ? 1 : 0)) >>> 0
}

export function reverseBytes(value: number): number {
  return (
    (((value & 0xff) << 24) |
      ((value & 0xff00) << 8) |
      ((value >>> 8) & 0xff00) |
      (value >>> 24)) >>>
    0
  )
}

export function reverseHalfwords(value: number): number {
  return (((value & 0x00ff00ff) << 8) | ((value >>> 8) & 0x00ff00ff)) >>> 0
}

/** REVSH: the low halfword byte-swapped and sign-extended. */
export function reverseSignedHalfword(value: number): number {
  return signExtend(((value & 0xff) << 8) | ((value >>> 8) & 0xff), 16) >>> 0
}

export function reverseBits(value: number): number {
  let v = value >>> 0
  v = ((v >>> 1) & 0x55555555) | ((v & 0x55555555) << 1)
  v = ((v >>> 2) & 0x33333333) | ((v & 0x33333333) << 2)
  v = ((v >>> 4) & 0x0f0f0f0f) | ((v & 0x0f0f0f0f) << 4)
  return reverseBytes(v)
}

export function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff
}
