export declare const CHUNK_BYTES: number;
/** Called after each chunk of a read or write with the bytes that chunk moved. */
export type OnBytes = (bytes: number) => void;
/** `[start, length]` of each chunk of `size` bytes from `start`. */
export declare function chunksOf(start: number, size: number): Generator<[number, number]>;
