// The step result of a comparison: fails the step when anything differs,
// naming the first differing address with its bank and sector, and marks the
// sectors that differ as failed rather than verified.
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
  done.activity = failedActivity(result.activity ?? [], v, banks)
  const first = v.ranges[0]
  let where = ''
  if (first) {
    const { bank, sector } = sectorAt(banks, first.address)
    const hexOf = (b: Uint8Array) =>
      Buffer.from(b.subarray(0, 8)).toString('hex') + (first.length > 8 ? '…' : '')
    const expected = first.expected ? `expected ${hexOf(first.expected)} ` : ''
    where = ` first at ${hex(first.address)}${bank && sector ? ` (bank ${bank.index} sector ${sector.index})` : ''}: ${expected}read ${hexOf(first.actual)}`
  }
  throw new StepFailure(
    `${what} does not match: ${v.mismatchedBytes} byte(s) differ in ${v.ranges.length}${v.truncated ? '+' : ''} range(s),${where}`,
    done,
  )
}

/**
 * A failed comparison's sectors: those with a listed mismatch failed; the
 * rest passed, unless the list was cut short (then they are not known).
 */
function failedActivity(
  activity: readonly Activity[],
  v: VerifyResult,
  banks: readonly FlashBank[],
): Activity[] {
  return activity.map((a) => {
    const bank = banks.find((b) => b.index === a.bank)
    if (!a.verified || !bank) return a
    const differs = (index: number) => {
      const s = bank.sectors.find((x) => x.index === index)
      const [start, end] = s ? [bank.base + s.offset, bank.base + s.offset + s.size] : [0, 0]
      return v.ranges.some((r) => r.address < end && r.address + r.length > start)
    }
    const failed = a.verified.filter(differs)
    return {
      ...a,
      verified: v.truncated ? [] : a.verified.filter((s) => !failed.includes(s)),
      verifyFailed: failed,
    }
  })
}

export function verifiedActivity(
  touches: ReadonlyArray<{ bank: number; sectors: number[] }>,
): Activity[] {
  return touches.map((t) => ({ bank: t.bank, verified: t.sectors }))
}
