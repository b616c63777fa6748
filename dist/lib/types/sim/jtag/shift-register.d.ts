export declare class ShiftRegister {
    /** Bits 0-31. */
    lo: number;
    /** Bits 32 and up. */
    hi: number;
    length: number;
    load(length: number, lo: number, hi?: number): void;
    /** Shifts one bit in at the MSB and returns the bit that leaves at the LSB. */
    shift(tdi: number): number;
    /** The unsigned value of bits `from`..`from+31` (`from` <= 32). */
    bits(from: number): number;
}
