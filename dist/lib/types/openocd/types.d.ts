export interface FlashSector {
    index: number;
    /** Byte offset from the bank base. */
    offset: number;
    size: number;
    protected: boolean;
}
export interface FlashBank {
    index: number;
    name: string;
    driver: string;
    base: number;
    size: number;
    busWidth: number;
    chipWidth: number;
    target: string;
    /** Erase sectors; filled in by `info()`, empty from `banks()`. */
    sectors: FlashSector[];
    /**
     * Protection blocks, where the chip protects groups of sectors (STM32F1:
     * 4 pages a block); `flash protect` numbers these. Equal to `sectors` elsewhere.
     */
    protectionBlocks: FlashSector[];
    /** The driver's description of the chip, e.g. `STM32F10x (Medium Density) - Rev: Y`. */
    description?: string;
}
export interface MismatchRange {
    address: number;
    length: number;
    /**
     * The first bytes of the range (at most 64) the reference holds; absent
     * when the reference is a file whose contents reports do not show.
     */
    expected?: Uint8Array;
    /** The same bytes as read from the target. */
    actual: Uint8Array;
}
export interface VerifyResult {
    match: boolean;
    /** First address compared. */
    address: number;
    /** Number of bytes compared. */
    length: number;
    /** How many bytes differ in all. */
    mismatchedBytes: number;
    /** The differing ranges, in address order; at most `MAX_RANGES`. */
    ranges: MismatchRange[];
    /** True when there were more differing ranges than listed. */
    truncated: boolean;
}
export type TargetState = 'running' | 'halted' | 'reset' | 'debug-running' | 'unknown';
export type ResetMode = 'halt' | 'run' | 'init';
export type MemoryWidth = 8 | 16 | 32 | 64;
