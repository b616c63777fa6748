// Sizes and durations as people write them in step files, inventories and
// options: `16K`, `1M`, `0x400`; `30s`, `500ms`, `2m`.

const KiB = 1024

/** `65536`, `0x10000`, `64K`, `64KiB`, `1M` → bytes; undefined when not a positive size. */
export function parseSize(size: string | number): number | undefined {
  if (typeof size === 'number') return Number.isSafeInteger(size) && size > 0 ? size : undefined
  const m = /^(0x[0-9a-f]+|\d+)\s*(?:([KM])(?:i?B)?)?$/i.exec(size.trim())
  if (!m) return undefined
  const unit = m[2]?.toUpperCase()
  const bytes = Number(m[1]) * (unit === 'M' ? KiB * KiB : unit === 'K' ? KiB : 1)
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined
}

/** `30s`, `500ms`, `2m`, or plain seconds → milliseconds; undefined when not a duration. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/.exec(text.trim())
  if (!m) return undefined
  return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 'm' ? 60_000 : 1000)
}

/** The longest delay a timer can wait (setTimeout fires at once beyond it). */
export const MAX_TIMER_MS = 2 ** 31 - 1

/** Why `ms` cannot be a time limit, or undefined when it can. */
export function durationProblem(ms: number): string | undefined {
  if (!(ms > 0)) return 'must be longer than 0'
  if (ms > MAX_TIMER_MS)
    return `is longer than the longest time limit, ${MAX_TIMER_MS} ms (about 24.8 days)`
  return undefined
}
