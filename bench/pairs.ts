// Timing two ways of doing one thing against each other on a shared machine.

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/**
 * Runs `a(i)` and `b(i)` for each of `pairs` pairs, each returning its time
 * in ms, and alternates which goes first, so that a machine getting busier
 * or quieter favours neither side.
 */
export async function alternatingPairs(
  pairs: number,
  a: (pair: number) => Promise<number>,
  b: (pair: number) => Promise<number>,
): Promise<{ a: number[]; b: number[] }> {
  const times = { a: [] as number[], b: [] as number[] }
  for (let i = 0; i < pairs; i++) {
    if (i % 2) {
      times.b.push(await b(i))
      times.a.push(await a(i))
    } else {
      times.a.push(await a(i))
      times.b.push(await b(i))
    }
  }
  return times
}
