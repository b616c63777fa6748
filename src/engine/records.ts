// Conversions from library and executor types to report records: the one
// place where the report's shape is produced.
import type { FlashBank, VerifyResult } from '../openocd/types.js'
import type { PlannedStep } from '../plan/plan.js'
import { sectorAt } from '../plan/sectors.js'
import type {
  BankRecord,
  SectorActivity,
  StepRecord,
  StepStatus,
  VerificationRecord,
} from '../report/model.js'
import type { Activity, StepResult } from '../steps/context.js'
import type { Step } from '../plan/steps.js'

export function bankRecord(b: FlashBank): BankRecord {
  return {
    index: b.index,
    name: b.name,
    driver: b.driver,
    base: b.base,
    size: b.size,
    target: b.target,
    description: b.description,
    sectors: b.sectors,
    protectionBlocks: b.protectionBlocks,
  }
}

export function stepRecord(step: Step, planned?: PlannedStep): StepRecord {
  return {
    index: step.index,
    name: step.name,
    kind: step.kind,
    line: step.line,
    status: 'skipped',
    plan:
      planned?.touches.map((t) => ({ bank: t.bank, sectors: t.sectors, blocks: t.blocks })) ?? [],
    rounded: planned?.rounded,
    files: [],
    notes: [],
  }
}

export interface StepOutcome {
  status: StepStatus
  startedAt: string
  durationMs: number
  /** What the step did (also after a StepFailure); absent when it did nothing known. */
  result?: StepResult
  error?: StepRecord['error']
}

/** The record of a step that ran, from its planned record and what happened. */
export function ranStepRecord(
  planned: StepRecord,
  outcome: StepOutcome,
  banks: readonly FlashBank[],
): StepRecord {
  const r = outcome.result
  const bytes = r?.bytes
  return {
    ...planned,
    status: outcome.status,
    startedAt: outcome.startedAt,
    durationMs: outcome.durationMs,
    bytes,
    bytesPerSecond:
      r && bytes && outcome.durationMs > 0
        ? Math.round((bytes * 1000) / outcome.durationMs)
        : undefined,
    files: [...planned.files, ...(r?.files ?? [])],
    notes: [...planned.notes, ...(r?.notes ?? [])],
    verification: r?.verification ? verificationRecord(r.verification, banks) : undefined,
    flash: r?.flash,
    run: r?.run,
    powerCycle: r?.powerCycle,
    error: outcome.error,
  }
}

/** A comparison in the report's form, each mismatch pinned to its bank and sector. */
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
      const { bank, sector } = sectorAt(banks, r.address)
      return {
        address: r.address,
        length: r.length,
        bank: bank?.index,
        sector: sector?.index,
        expected: r.expected && Buffer.from(r.expected).toString('hex'),
        actual: Buffer.from(r.actual).toString('hex'),
      }
    }),
  }
}

const ACTIVITY_KEYS = [
  'backedUp',
  'erased',
  'written',
  'skipped',
  'verified',
  'verifyFailed',
  'protected',
  'unprotected',
] as const

/** Adds a step's activity to the run's per-bank sector activity. */
export function addActivity(all: SectorActivity[], activity: readonly Activity[]): void {
  for (const a of activity) {
    let entry = all.find((e) => e.bank === a.bank)
    if (!entry) {
      entry = {
        bank: a.bank,
        backedUp: [],
        erased: [],
        written: [],
        skipped: [],
        verified: [],
        verifyFailed: [],
        protected: [],
        unprotected: [],
      }
      all.push(entry)
    }
    for (const key of ACTIVITY_KEYS) {
      const add = a[key]
      if (add) entry[key] = [...new Set([...entry[key], ...add])].sort((x, y) => x - y)
    }
  }
}
