// Byte-for-byte comparison of a reference against what the target holds,
// giving every differing range rather than a bare "differ".
import type { MismatchRange, VerifyResult } from './types.js'

export const MAX_RANGES = 64
const MAX_RANGE_BYTES = 64

export function compareBytes(
  expected: Uint8Array,
  actual: Uint8Array,
  address: number,
): VerifyResult {
  const length = expected.length
  const ranges: MismatchRange[] = []
  let mismatchedBytes = 0
  let rangeCount = 0
  let i = 0
  while (i < length) {
    if (i < actual.length && expected[i] === actual[i]) {
      i++
      continue
    }
    const start = i
    while (i < length && !(i < actual.length && expected[i] === actual[i])) i++
    mismatchedBytes += i - start
    rangeCount++
    if (ranges.length < MAX_RANGES) {
      const end = Math.min(i, start + MAX_RANGE_BYTES)
      ranges.push({
        address: address + start,
        length: i - start,
        expected: expected.slice(start, end),
        actual: actual.slice(start, Math.min(end, actual.length)),
      })
    }
  }
  return {
    match: mismatchedBytes === 0,
    address,
    length,
    mismatchedBytes,
    ranges,
    truncated: rangeCount > ranges.length,
  }
}

/** Merges results of several compared segments into one. */
export function mergeResults(results: readonly VerifyResult[]): VerifyResult {
  const ranges = results.flatMap((r) => r.ranges)
  return {
    match: results.every((r) => r.match),
    address: results.length ? Math.min(...results.map((r) => r.address)) : 0,
    length: results.reduce((n, r) => n + r.length, 0),
    mismatchedBytes: results.reduce((n, r) => n + r.mismatchedBytes, 0),
    ranges: ranges.slice(0, MAX_RANGES),
    truncated: ranges.length > MAX_RANGES || results.some((r) => r.truncated),
  }
}
