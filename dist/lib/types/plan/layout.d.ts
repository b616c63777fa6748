import type { Segment } from '../image/index.js';
import type { FlashBank, FlashSector } from '../openocd/types.js';
/** What happens to the bytes of a touched sector that the image does not cover. */
export type Unwritten = 'keep' | 'erase';
export interface LayoutOptions {
    /** `full` erases and programs every touched sector, whatever it holds. */
    mode: 'incremental' | 'full';
    unwritten: Unwritten;
}
export type SectorAction = 'skip' | 'program' | 'erase+program';
export interface SectorLayout {
    index: number;
    action: SectorAction;
    /** Bytes of the image in this sector. */
    imageBytes: number;
    /** Bytes outside the image that keep their current value (after an erase, they are programmed back). */
    keptBytes: number;
}
export interface BankLayout {
    bank: number;
    sectors: SectorLayout[];
    /** Sectors to erase, ascending. */
    erase: number[];
    /** Contiguous runs to program, ascending bank offsets, aligned to the bank's programAlign. */
    program: Array<{
        offset: number;
        data: Uint8Array;
    }>;
    /**
     * What the touched sectors hold when the write is done, as one buffer per
     * contiguous run of touched sectors, for verification.
     */
    expected: Array<{
        offset: number;
        data: Uint8Array;
    }>;
}
/**
 * Evidence of what touched sectors hold now, by bank: their bytes, or (from an
 * on-target checksum) that they already hold what the image puts there.
 */
export interface BankEvidence {
    contents: ReadonlyMap<number, Uint8Array>;
    /** Sectors whose image bytes already match; their other bytes are left alone. */
    equal?: ReadonlySet<number>;
}
export type SectorEvidence = ReadonlyMap<number, BankEvidence>;
/** The alignment of the runs a write to `bank` programs (a power of two). */
export declare function programAlign(bank: Pick<FlashBank, 'driver'>): number;
/** The image's segments, split by bank; data outside every bank is refused. */
export declare function segmentsByBank(segments: readonly Segment[], banks: readonly FlashBank[]): Map<number, Segment[]>;
/** Sectors of `bank` that the segments touch, ascending. */
export declare function touchedSectors(bank: FlashBank, segments: readonly Segment[]): number[];
/**
 * Sectors whose current bytes the layout needs: all touched sectors for an
 * incremental write; for a full write only sectors the image covers in part,
 * when their other bytes are kept.
 */
export declare function sectorsNeedingContents(bank: FlashBank, segments: readonly Segment[], options: LayoutOptions): number[];
export declare function planBankLayout(bank: FlashBank, segments: readonly Segment[], evidence: BankEvidence, options: LayoutOptions): BankLayout;
/** One layout per bank the image touches. */
export declare function planLayout(banks: readonly FlashBank[], segments: readonly Segment[], evidence: SectorEvidence, options: LayoutOptions): BankLayout[];
/** The image's bytes inside the sector, as [bank offset, bytes] pieces. */
export declare function imagePieces(sector: FlashSector, bank: FlashBank, segments: readonly Segment[]): Array<{
    offset: number;
    data: Uint8Array;
}>;
/** [from, to) runs of `data`, aligned to `align`, that are not long runs of 0xFF. */
export declare function nonErasedRuns(data: Uint8Array, align: number, start?: number, end?: number): [number, number][];
