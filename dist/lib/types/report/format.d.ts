export declare const hex32: (n: number) => string;
export declare function formatBytes(n: number): string;
export declare function formatDuration(ms: number): string;
export declare function formatRate(bytesPerSecond: number | undefined): string;
/** `[1,2,3,7]` → `1-3, 7` */
export declare function formatIndices(indices: readonly number[]): string;
/** What a step's plan touches, one phrase per bank: `bank 0 sectors 0-3`, `bank 0 blocks 1`. */
export declare function describeTouches(plan: ReadonlyArray<{
    bank: number;
    sectors: readonly number[];
    blocks: readonly number[];
}>): string[];
