export declare const CHUNK_BYTES: number;
/** Called after each chunk of a read or write with the bytes that chunk moved. */
export type OnBytes = (bytes: number) => void;
/** The chunk size for a transfer of `size` bytes. */
export declare function chunkBytes(size: number): number;
/** `[start, length]` of each chunk of `size` bytes from `start`. */
export declare function chunksOf(start: number, size: number): Generator<[number, number]>;
