import type { FlashBank, FlashSector } from '../openocd/types.js';
import type { Area } from './schema.js';
export declare const hex: (n: number) => string;
export declare function bankContaining(banks: readonly FlashBank[], address: number): FlashBank | undefined;
/** The bank and sector holding an address, where there is one. */
export declare function sectorAt(banks: readonly FlashBank[], address: number): {
    bank?: FlashBank;
    sector?: FlashSector;
};
/** Indices of the units (sectors or protection blocks) that overlap [address, address+size). */
export declare function unitsOverlapping(bank: FlashBank, units: readonly FlashSector[], address: number, size: number): number[];
/** The exact range covered by a contiguous list of units. */
export declare function unitsSpan(bank: FlashBank, units: readonly FlashSector[], indices: readonly number[]): {
    address: number;
    size: number;
};
export interface AreaResolution {
    bank: FlashBank;
    /** Indices into `units`. */
    indices: number[];
    /** Set when an address range was rounded out to whole units. */
    rounded?: {
        requested: {
            address: number;
            size: number;
        };
        actual: {
            address: number;
            size: number;
        };
    };
}
/** Resolves an area (sectors of a bank, or an address range) over sectors or protection blocks. */
export declare function resolveArea(banks: readonly FlashBank[], area: Area, unitsOf: (b: FlashBank) => readonly FlashSector[], unitName: string): AreaResolution;
export declare function describeBanks(banks: readonly FlashBank[]): string;
/** Groups sorted indices into runs of consecutive numbers: [1,2,3,7] → [[1,3],[7,7]]. */
export declare function runsOf(indices: readonly number[]): Array<[number, number]>;
/** Protection blocks that contain any of the given sectors. */
export declare function blocksOfSectors(bank: FlashBank, sectorIndices: readonly number[]): number[];
