// The plan: before any erase, which sectors each step touches, checked
// against the target's real layout and protection (as probe-rs plans sectors
// before it erases). A plan with refusals is never started.
import type { Image } from '../image/index.js'
import type { InputSnapshot, Reference } from './snapshot.js'
import type { FlashBank } from '../openocd/types.js'
import {
  describeLocked,
  massErased,
  READOUT_PROTECTION_DRIVERS,
  type ReadoutProtection,
} from '../openocd/readout-protection.js'
import { segmentsByBank, touchedSectors } from './layout.js'
import type { Step, StepKind, StepOf } from './steps.js'
import {
  blocksOfSectors,
  describeBanks,
  hex,
  resolveArea,
  unitsOverlapping,
  unitsSpan,
  type AreaResolution,
} from './sectors.js'

export interface BankTouch {
  bank: number
  /** Erase sectors the step touches. */
  sectors: number[]
  /** Protection blocks the step changes (protect/unprotect). */
  blocks: number[]
}

/** A step with what it touches; typed by its kind, so executors need no re-narrowing. */
export type PlannedStep<K extends StepKind = StepKind> = {
  step: StepOf<K>
  touches: BankTouch[]
  /** Bytes the step moves (read, written or compared). */
  bytes: number
  /** Set when an address range was rounded out to whole sectors or blocks. */
  rounded?: AreaResolution['rounded']
} & ([K] extends ['write' | 'verify'] ? { image: Image } : { image?: Image }) &
  ([K] extends ['verify-bank'] ? { reference: Reference } : { reference?: Reference })

export interface Refusal {
  step: Step
  message: string
}

export class PlanError extends Error {
  constructor(readonly refusals: Refusal[]) {
    super(refusals.map((r) => `step ${r.step.index + 1} (${r.step.name}): ${r.message}`).join('\n'))
    this.name = 'PlanError'
  }
}

export function buildPlan(
  steps: readonly Step[],
  banks: readonly FlashBank[],
  inputs: InputSnapshot,
  /** The chip's readout protection, as read before planning; undefined when none applies. */
  locked?: ReadoutProtection,
): PlannedStep[] {
  // A locked chip is refused before anything else: no backup can be taken,
  // and only an explicit unlock, first, may erase it (never silently).
  if (locked && (locked.permanent || steps[0].kind !== 'unlock'))
    throw new PlanError([{ step: steps[0], message: describeLocked(locked) }])
  // Protection as it will be when each step runs: protect/unprotect steps
  // change it for the steps after them.
  const protectedBlocks = new Map(
    banks.map((b) => [
      b.index,
      new Set(b.protectionBlocks.filter((p) => p.protected).map((p) => p.index)),
    ]),
  )
  const refusals: Refusal[] = []
  const planned: PlannedStep[] = []
  for (const step of steps) {
    try {
      const p = planStep(step, banks, inputs, locked)
      // The unlock's mass erase resets the option bytes: nothing is write-protected after it.
      if (step.kind === 'unlock' && p.touches.length)
        for (const state of protectedBlocks.values()) state.clear()
      for (const t of p.touches) {
        const bank = banks[t.bank]
        const state = protectedBlocks.get(t.bank)!
        if (step.kind === 'protect' || step.kind === 'unprotect') {
          for (const b of t.blocks) {
            if (step.kind === 'protect') state.add(b)
            else state.delete(b)
          }
        } else if (step.kind === 'erase' || step.kind === 'write') {
          const blocked = blocksOfSectors(bank, t.sectors).filter((b) => state.has(b))
          if (blocked.length) {
            const hit = t.sectors.filter((s) =>
              blocksOfSectors(bank, [s]).some((b) => state.has(b)),
            )
            throw new Error(
              `would ${step.kind === 'erase' ? 'erase' : 'write'} write-protected sector${hit.length > 1 ? 's' : ''} ${hit.join(', ')} of bank ${t.bank} (${hex(bank.base + bank.sectors[hit[0]].offset)}): add an 'unprotect' step before it if that is intended`,
            )
          }
        }
      }
      planned.push(p)
    } catch (err) {
      refusals.push({ step, message: (err as Error).message })
    }
  }
  if (refusals.length) throw new PlanError(refusals)
  return planned
}

function planStep(
  step: Step,
  banks: readonly FlashBank[],
  inputs: InputSnapshot,
  locked: ReadoutProtection | undefined,
): PlannedStep {
  switch (step.kind) {
    case 'backup': {
      const list =
        step.bank === 'all' ? banks.filter((b) => b.size > 0) : [bankOrThrow(banks, step.bank)]
      return { step, ...wholeBanks(list) }
    }
    case 'erase': {
      const r = resolveArea(banks, step.area, (b) => b.sectors, 'sector')
      return {
        step,
        touches: [{ bank: r.bank.index, sectors: r.indices, blocks: [] }],
        bytes: sumSizes(r.bank.sectors, r.indices),
        rounded: r.rounded,
      }
    }
    case 'protect':
    case 'unprotect': {
      // `sectors:` are sector indices here too; protection works on blocks
      // (4 sectors each on the F103), so the range widens to the blocks
      // that cover those sectors, and the plan says so.
      const r = resolveArea(banks, step.area, (b) => b.sectors, 'sector')
      const blocks = blocksOfSectors(r.bank, r.indices)
      const requested = r.rounded?.requested ?? unitsSpan(r.bank, r.bank.sectors, r.indices)
      const actual = unitsSpan(r.bank, r.bank.protectionBlocks, blocks)
      const widened = actual.address !== requested.address || actual.size !== requested.size
      return {
        step,
        touches: [{ bank: r.bank.index, sectors: [], blocks }],
        bytes: 0,
        rounded: widened ? { requested, actual } : undefined,
      }
    }
    case 'write':
    case 'verify': {
      const image = inputs.images.get(step.index)
      if (!image)
        throw new Error(`the image of step ${step.index + 1} was not read before planning`)
      return {
        step,
        touches: imageTouches(image, banks),
        bytes: image.segments.reduce((n, s) => n + s.data.length, 0),
        image,
      }
    }
    case 'verify-bank': {
      const bank = bankOrThrow(banks, step.bank)
      const reference = inputs.references.get(step.index)
      if (!reference)
        throw new Error(`the reference file of step ${step.index + 1} was not read before planning`)
      const size = reference.data.length
      if (step.offset + size > bank.size) {
        throw new Error(
          `the reference file is ${size} bytes: from offset ${hex(step.offset)} it runs past the end of bank ${bank.index} (${bank.size} bytes)`,
        )
      }
      return {
        step,
        touches: [
          {
            bank: bank.index,
            sectors: unitsOverlapping(bank, bank.sectors, bank.base + step.offset, size),
            blocks: [],
          },
        ],
        bytes: size,
        reference,
      }
    }
    case 'dump':
      return { step, touches: [], bytes: step.size }
    case 'unlock': {
      const present = banks.filter((b) => b.size > 0)
      const unknown = present.find((b) => !READOUT_PROTECTION_DRIVERS.includes(b.driver))
      if (unknown)
        throw new Error(
          `unlock knows the readout protection of ${READOUT_PROTECTION_DRIVERS.join(', ')} flash, not of bank ${unknown.index}'s driver ${unknown.driver}`,
        )
      // Only a locked chip is erased: on an unlocked one the step does nothing.
      if (!locked) return { step, touches: [], bytes: 0 }
      return { step, ...wholeBanks(present.filter(massErased)) }
    }
    case 'reset':
    case 'command':
    case 'run':
    case 'power-cycle':
      return { step, touches: [], bytes: 0 }
  }
}

function imageTouches(image: Image, banks: readonly FlashBank[]): BankTouch[] {
  return [...segmentsByBank(image.segments, banks)].map(([bank, segments]) => ({
    bank,
    sectors: touchedSectors(banks[bank], segments),
    blocks: [],
  }))
}

/** Every sector of each bank: what a backup reads and a mass erase erases. */
function wholeBanks(list: readonly FlashBank[]): { touches: BankTouch[]; bytes: number } {
  return {
    touches: list.map((b) => ({
      bank: b.index,
      sectors: b.sectors.map((s) => s.index),
      blocks: [],
    })),
    bytes: list.reduce((n, b) => n + b.size, 0),
  }
}

function bankOrThrow(banks: readonly FlashBank[], index: number): FlashBank {
  const b = banks[index]
  if (!b || b.size === 0)
    throw new Error(`there is no flash bank ${index} (${describeBanks(banks)})`)
  return b
}

function sumSizes(units: readonly { size: number }[], indices: readonly number[]): number {
  return indices.reduce((n, i) => n + units[i].size, 0)
}
