// The step result of a comparison: fails the step when anything differs,
// naming the first differing address with its bank and sector.
import { hex, sectorAt } from '../plan/sectors.js'
import type { FlashBank, VerifyResult } from '../openocd/types.js'
import { StepFailure, type Activity, type StepResult } from './context.js'

/** The step result for a comparison; throws StepFailure (carrying it) on a mismatch. */
export function checkVerification(
  v: VerifyResult,
  result: StepResult,
  banks: readonly FlashBank[],
  what: string,
): StepResult {
  const done: StepResult = { ...result, verification: v }
  if (v.match) return done
  const first = v.ranges[0]
  let where = ''
  if (first) {
    const { bank, sector } = sectorAt(banks, first.address)
    const hexOf = (b: Uint8Array) => Buffer.from(b.subarray(0, 8)).toString('hex')
    where = ` first at ${hex(first.address)}${bank && sector ? ` (bank ${bank.index} sector ${sector.index})` : ''}: expected ${hexOf(first.expected)} read ${hexOf(first.actual)}`
  }
  throw new StepFailure(
    `${what} does not match: ${v.mismatchedBytes} byte(s) differ in ${v.ranges.length}${v.truncated ? '+' : ''} range(s),${where}`,
    done,
  )
}

export function verifiedActivity(
  touches: ReadonlyArray<{ bank: number; sectors: number[] }>,
): Activity[] {
  return touches.map((t) => ({ bank: t.bank, verified: t.sectors }))
}
