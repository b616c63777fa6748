// Turns a comparison into the report's form, pinning each mismatch to its
// bank and sector, and fails the step when anything differs.
import { bankContaining, hex } from '../plan/sectors.js'
import type { FlashBank, VerifyResult } from '../openocd/types.js'
import type { VerificationRecord } from '../report/model.js'
import { StepFailure, type Activity, type StepResult } from './context.js'

export function verificationRecord(
  v: VerifyResult,
  banks: readonly FlashBank[],
): VerificationRecord {
  return {
    match: v.match,
    address: v.address,
    length: v.length,
    mismatchedBytes: v.mismatchedBytes,
    truncated: v.truncated,
    ranges: v.ranges.map((r) => {
      const bank = bankContaining(banks, r.address)
      const sector = bank?.sectors.find(
        (s) => r.address - bank.base >= s.offset && r.address - bank.base < s.offset + s.size,
      )
      return {
        address: r.address,
        length: r.length,
        bank: bank?.index,
        sector: sector?.index,
        expected: Buffer.from(r.expected).toString('hex'),
        actual: Buffer.from(r.actual).toString('hex'),
      }
    }),
  }
}

/** The step result for a comparison; throws StepFailure (carrying it) on a mismatch. */
export function checkVerification(
  v: VerifyResult,
  result: StepResult,
  banks: readonly FlashBank[],
  what: string,
): StepResult {
  const done: StepResult = { ...result, verification: v }
  if (v.match) return done
  const rec = verificationRecord(v, banks)
  const first = rec.ranges[0]
  const where = first
    ? ` first at ${hex(first.address)}${first.sector !== undefined ? ` (bank ${first.bank} sector ${first.sector})` : ''}: expected ${first.expected.slice(0, 16)} read ${first.actual.slice(0, 16)}`
    : ''
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
