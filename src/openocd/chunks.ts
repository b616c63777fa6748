// Large reads and writes go to OpenOCD in chunks, one command each. OpenOCD
// reports no byte progress over its RPC, so the chunk boundaries are where
// progress is counted. A transfer is cut into about 16 chunks, of at most
// 64 KiB, which keeps the extra round trips to a few percent of one big
// command (measured by `npm run bench`) while a slow probe still shows
// movement every second or so. The smallest chunk differs by direction: a
// read chunk costs one round trip, so 16 KiB lets a 256 KiB read move in
// tenths; every write chunk starts the driver's flash loader again and
// drains its pipeline (0.5-1 % of a 256 KiB write each on the virtual F407),
// so writes go in 64 KiB chunks, a second or two each.
const CHUNK_BYTES = 64 * 1024
const MIN_CHUNK_BYTES = { read: 16 * 1024, write: 64 * 1024 } as const

export type Direction = keyof typeof MIN_CHUNK_BYTES

/** Called after each chunk of a read or write with the bytes that chunk moved. */
export type OnBytes = (bytes: number) => void

/** The chunk size for a transfer of `size` bytes. */
export function chunkBytes(size: number, direction: Direction): number {
  return Math.min(CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES[direction], Math.ceil(size / 16)))
}

/** `[start, length]` of each chunk of `size` bytes from `start`. */
export function* chunksOf(
  start: number,
  size: number,
  direction: Direction,
): Generator<[number, number]> {
  const chunk = chunkBytes(size, direction)
  for (let at = start; at < start + size; at += chunk)
    yield [at, Math.min(chunk, start + size - at)]
}
