// Small formatting helpers shared by the report writers and the console.
export const hex32 = (n: number) => `0x${n.toString(16).padStart(8, '0')}`

export function formatBytes(n: number): string {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(n % (1 << 20) ? 1 : 0)} MiB`
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 ? 1 : 0)} KiB`
  return `${n} B`
}

export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`
}

export function formatRate(bytesPerSecond: number | undefined): string {
  return bytesPerSecond ? `${formatBytes(Math.round(bytesPerSecond))}/s` : ''
}

/** `[1,2,3,7]` → `1-3, 7` */
export function formatIndices(indices: readonly number[]): string {
  const parts: string[] = []
  for (let i = 0; i < indices.length; i++) {
    const start = indices[i]
    while (i + 1 < indices.length && indices[i + 1] === indices[i] + 1) i++
    parts.push(start === indices[i] ? String(start) : `${start}-${indices[i]}`)
  }
  return parts.join(', ')
}

/** What a step's plan touches, one phrase per bank: `bank 0 sectors 0-3`, `bank 0 blocks 1`. */
export function describeTouches(
  plan: ReadonlyArray<{ bank: number; sectors: readonly number[]; blocks: readonly number[] }>,
): string[] {
  return plan
    .map((t) =>
      t.blocks.length
        ? `bank ${t.bank} blocks ${formatIndices(t.blocks)}`
        : t.sectors.length
          ? `bank ${t.bank} sectors ${formatIndices(t.sectors)}`
          : '',
    )
    .filter(Boolean)
}
