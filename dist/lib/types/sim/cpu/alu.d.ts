export declare const alu: {
    carry: number;
    overflow: number;
    lo: number;
    hi: number;
};
export declare const SHIFT_LSL = 0;
export declare const SHIFT_LSR = 1;
export declare const SHIFT_ASR = 2;
export declare const SHIFT_ROR = 3;
export declare const SHIFT_RRX = 4;
/** Shift_C: `amount` 0 leaves value and carry as they are. */
export declare function shiftC(value: number, type: number, amount: number, carryIn: number): number;
/** DecodeImmShift + Shift_C for the imm5 forms: LSR/ASR #0 mean #32, ROR #0 means RRX. */
export declare function immShiftC(value: number, type: number, imm5: number, carryIn: number): number;
/** AddWithCarry: the result, with the carry in `alu.carry` and the overflow in `alu.overflow`. */
export declare function addWithCarry(x: number, y: number, carryIn: number): number;
/** ThumbExpandImm_C (A5.3.2). */
export declare function thumbExpandImmC(imm12: number, carryIn: number): number;
/** SignedSatQ: saturates to `bits` bits; `alu.overflow` says whether it saturated. */
export declare function signedSat(value: number, bits: number): number;
/** UnsignedSatQ. */
export declare function unsignedSat(value: number, bits: number): number;
export declare function rotateRight(value: number, amount: number): number;
/** Sign-extends the low `bits` bits. */
export declare function signExtend(value: number, bits: number): number;
/** The 64-bit product of two 32-bit values, in `alu.lo` and `alu.hi`, exact without BigInt. */
export declare function multiplyLong(a: number, b: number, signed: boolean): void;
/** Adds the 64-bit value hi:lo to `alu.hi`:`alu.lo`. */
export declare function accumulateLong(lo: number, hi: number): void;
export declare function reverseBytes(value: number): number;
export declare function reverseHalfwords(value: number): number;
/** REVSH: the low halfword byte-swapped and sign-extended. */
export declare function reverseSignedHalfword(value: number): number;
export declare function reverseBits(value: number): number;
export declare function bitCount(value: number): number;
