// Large reads and writes go to OpenOCD in chunks, one command each. OpenOCD
// reports no byte progress over its RPC, so the chunk boundaries are where
// progress is counted. 64 KiB keeps the extra round trips and loader starts to
// a few percent of one big command (measured by `npm run bench`) while a slow
// probe still shows movement every second or so.
export const CHUNK_BYTES = 64 * 1024

/** Called after each chunk of a read or write with the bytes that chunk moved. */
export type OnBytes = (bytes: number) => void

/** `[start, length]` of each chunk of `size` bytes from `start`. */
export function* chunksOf(start: number, size: number): Generator<[number, number]> {
  for (let at = start; at < start + size; at += CHUNK_BYTES)
    yield [at, Math.min(CHUNK_BYTES, start + size - at)]
}
