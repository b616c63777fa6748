// Conversions from library types to report records.
import type { FlashBank } from '../openocd/types.js'
import type { PlannedStep } from '../plan/plan.js'
import type { BankRecord, SectorActivity, StepRecord } from '../report/model.js'
import type { Activity } from '../steps/context.js'
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

const ACTIVITY_KEYS = [
  'backedUp',
  'erased',
  'written',
  'verified',
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
        verified: [],
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
