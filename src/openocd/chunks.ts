// Large reads and writes go to OpenOCD in chunks, one command each. OpenOCD
// reports no byte progress over its RPC, so the chunk boundaries are where
// progress is counted. A transfer is cut into about 16 chunks, of 16 to 64
// KiB: 64 KiB keeps the extra round trips and loader starts to a few percent
// of one big command (measured by `npm run bench`) while a slow probe still
// shows movement every second or so, and 16 KiB lets a 256 KiB transfer
// move in tenths too.
export const CHUNK_BYTES = 64 * 1024
const MIN_CHUNK_BYTES = 16 * 1024

/** Called after each chunk of a read or write with the bytes that chunk moved. */
export type OnBytes = (bytes: number) => void

/** The chunk size for a transfer of `size` bytes. */
export function chunkBytes(size: number): number {
  return Math.min(CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES, Math.ceil(size / 16)))
}

/** `[start, length]` of each chunk of `size` bytes from `start`. */
export function* chunksOf(start: number, size: number): Generator<[number, number]> {
  const chunk = chunkBytes(size)
  for (let at = start; at < start + size; at += chunk)
    yield [at, Math.min(chunk, start + size - at)]
}
