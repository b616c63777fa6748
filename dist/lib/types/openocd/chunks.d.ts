declare const MIN_CHUNK_BYTES: {
    readonly read: number;
    readonly write: number;
};
export type Direction = keyof typeof MIN_CHUNK_BYTES;
/** Called after each chunk of a read or write with the bytes that chunk moved. */
export type OnBytes = (bytes: number) => void;
/** The chunk size for a transfer of `size` bytes. */
export declare function chunkBytes(size: number, direction: Direction): number;
/** `[start, length]` of each chunk of `size` bytes from `start`. */
export declare function chunksOf(start: number, size: number, direction: Direction): Generator<[number, number]>;
export {};
