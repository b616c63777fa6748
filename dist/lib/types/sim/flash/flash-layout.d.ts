export interface FlashSector {
    readonly index: number;
    readonly offset: number;
    readonly size: number;
}
export declare class FlashLayout {
    readonly sectors: readonly FlashSector[];
    readonly size: number;
    constructor(sectorSizes: readonly number[]);
    /** The sector containing `offset`, by binary search (programming asks per halfword). */
    sectorAt(offset: number): FlashSector | undefined;
}
