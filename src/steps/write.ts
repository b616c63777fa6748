// write: carries out the flash layout (plan/layout.ts) of an image that was
// read before connecting: erases exactly the sectors the layout says, programs
// exactly its runs with `flash write_bank`, and compares the sectors it changed
// with what they should now hold. OpenOCD decides nothing about erasing.
import { compareBytes, mergeResults } from '../openocd/compare.js'
import type { FlashBank } from '../openocd/types.js'
import {
  planLayout,
  sectorsNeedingContents,
  segmentsByBank,
  type BankLayout,
} from '../plan/layout.js'
import { runsOf } from '../plan/sectors.js'
import type { FlashWriteRecord } from '../report/model.js'
import { StepFailure, type Activity, type StepContext, type StepExecutor } from './context.js'
import { fileRecord } from './files.js'
import { erasedSectors, firstDeparture } from './readback.js'
import { checkVerification } from './verification.js'

type Phase = FlashWriteRecord['phases'][number]

export const write: StepExecutor<'write'> = async (ctx, planned) => {
  const { image, step } = planned
  const flash: FlashWriteRecord = { banks: [], phases: [] }
  const timed = async <T>(phase: Phase['phase'], bytes: number, run: () => Promise<T>) => {
    const t0 = Date.now()
    const out = await run()
    flash.phases.push({ phase, bytes, ms: Date.now() - t0 })
    return out
  }
  const files = [await fileRecord(step.image.path, 'image')]
  const layouts: BankLayout[] = []
  const evidence = await timed('evidence', 0, async () => {
    const contents = new Map<number, Map<number, Uint8Array>>()
    const sources = new Map<number, 'backup' | 'read' | 'none'>()
    let bytes = 0
    for (const [index, segments] of segmentsByBank(image.segments, ctx.banks)) {
      const bank = ctx.banks[index]
      const need = sectorsNeedingContents(bank, segments, step.layout)
      const read = await sectorContents(ctx, bank, need)
      contents.set(index, read.contents)
      sources.set(index, need.length === 0 ? 'none' : read.source)
      if (read.source === 'read') bytes += need.reduce((n, i) => n + bank.sectors[i].size, 0)
    }
    layouts.push(...planLayout(ctx.banks, image.segments, contents, step.layout))
    return { sources, bytes }
  })
  flash.phases[0].bytes = evidence.bytes
  const activity: Activity[] = []
  for (const l of layouts) {
    const by = (a: string) => l.sectors.filter((s) => s.action === a).map((s) => s.index)
    const programmed = l.sectors.filter((s) => s.action !== 'skip').map((s) => s.index)
    flash.banks.push({
      bank: l.bank,
      evidence: evidence.sources.get(l.bank) ?? 'none',
      skipped: by('skip'),
      erased: l.erase,
      programmed,
      keptBytes: l.sectors.filter((s) => s.action !== 'skip').reduce((n, s) => n + s.keptBytes, 0),
    })
    activity.push({ bank: l.bank, erased: l.erase, written: programmed, skipped: by('skip') })
  }
  const result = { bytes: planned.bytes, files, flash, activity, notes: notesOf(flash) }
  const fail = (message: string, cause: unknown) => {
    throw new StepFailure(`${message}: ${(cause as Error).message}`, result, { cause })
  }
  for (const l of layouts) {
    const bank = ctx.banks[l.bank]
    const eraseBytes = l.erase.reduce((n, i) => n + bank.sectors[i].size, 0)
    await timed('erase', eraseBytes, async () => {
      for (const [first, last] of runsOf(l.erase)) {
        await ctx.session.flash.eraseSector(bank.index, first, last).catch(async (err) => {
          const where = await firstDeparture(ctx, bank, erasedSectors(bank, l.erase))
          fail(`erasing sectors ${first}-${last} of bank ${bank.index} failed, ${where}`, err)
        })
      }
    })
    const programBytes = l.program.reduce((n, p) => n + p.data.length, 0)
    await timed('program', programBytes, async () => {
      for (const p of l.program) {
        await ctx.session.flash.write(bank.index, p.offset, p.data).catch(async (err) => {
          const where = await firstDeparture(ctx, bank, l.expected)
          fail(`programming bank ${bank.index} failed, ${where}`, err)
        })
      }
    })
  }
  if (!step.verify) return result
  const compared = layouts.reduce(
    (n, l) => n + l.expected.reduce((m, e) => m + e.data.length, 0),
    0,
  )
  const v = await timed('verify', compared, () => verifyLayouts(ctx, layouts))
  for (const l of layouts) {
    const programmed = l.sectors.filter((s) => s.action !== 'skip').map((s) => s.index)
    activity.push({ bank: l.bank, verified: programmed })
  }
  result.notes = notesOf(flash)
  return checkVerification(v, result, ctx.banks, 'flash after writing')
}

/** The current bytes of the sectors, from this run's backup when it still holds, else read. */
async function sectorContents(ctx: StepContext, bank: FlashBank, sectors: readonly number[]) {
  const contents = new Map<number, Uint8Array>()
  const known = ctx.known.get(bank.index)
  for (const [first, last] of runsOf(sectors)) {
    const start = bank.sectors[first].offset
    const end = bank.sectors[last].offset + bank.sectors[last].size
    const data = known
      ? known.subarray(start, end)
      : await ctx.session.flash.read(bank.index, start, end - start)
    for (let i = first; i <= last; i++) {
      const s = bank.sectors[i]
      contents.set(i, data.subarray(s.offset - start, s.offset - start + s.size))
    }
  }
  return { contents, source: known ? ('backup' as const) : ('read' as const) }
}

async function verifyLayouts(ctx: StepContext, layouts: readonly BankLayout[]) {
  const results = []
  for (const l of layouts) {
    const bank = ctx.banks[l.bank]
    for (const e of l.expected) {
      const actual = await ctx.session.flash.read(bank.index, e.offset, e.data.length)
      results.push(compareBytes(e.data, actual, bank.base + e.offset))
    }
  }
  // Everything skipped: nothing was written, and the evidence showed it equal.
  return results.length
    ? mergeResults(results)
    : { match: true, address: 0, length: 0, mismatchedBytes: 0, ranges: [], truncated: false }
}

function notesOf(flash: FlashWriteRecord): string[] {
  const list = (xs: number[]) => (xs.length ? xs.join(', ') : 'none')
  const banks = flash.banks.map(
    (b) =>
      `bank ${b.bank}: sectors skipped ${list(b.skipped)}; erased ${list(b.erased)}; programmed ${list(b.programmed)}; ${b.keptBytes} byte(s) kept; current contents from ${b.evidence === 'none' ? 'nowhere (not needed)' : b.evidence === 'backup' ? "this run's backup" : 'reading those sectors'}`,
  )
  const phases = flash.phases
    .filter((p) => p.bytes > 0)
    .map(
      (p) =>
        `${p.phase} ${p.bytes} B in ${p.ms} ms${p.ms > 0 ? ` (${((p.bytes * 1000) / p.ms / 1024).toFixed(1)} KiB/s)` : ''}`,
    )
  return [...banks, ...(phases.length ? [phases.join('; ')] : [])]
}
