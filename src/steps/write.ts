// write: carries out the flash layout (plan/layout.ts) of an image that was
// read before connecting: erases exactly the sectors the layout says, programs
// exactly its runs with `flash write_bank`, and compares the sectors it changed
// with what they should now hold. OpenOCD decides nothing about erasing.
import { mergeResults } from '../openocd/compare.js'
import type { FlashBank } from '../openocd/types.js'
import type { Segment } from '../image/index.js'
import {
  imagePieces,
  planLayout,
  sectorsNeedingContents,
  segmentsByBank,
  type BankEvidence,
  type BankLayout,
  type LayoutOptions,
} from '../plan/layout.js'
import { runsOf } from '../plan/sectors.js'
import type { FlashWriteRecord } from '../report/model.js'
import { StepFailure, type Activity, type StepContext, type StepExecutor } from './context.js'
import { imageRecord } from './files.js'
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
  const files = [imageRecord(step.image.path, image)]
  const layouts: BankLayout[] = []
  const evidence = await timed('evidence', 0, async () => {
    const banks = new Map<number, BankEvidence>()
    const sources = new Map<number, FlashWriteRecord['banks'][number]['evidence']>()
    let bytes = 0
    for (const [index, segments] of segmentsByBank(image.segments, ctx.banks)) {
      const bank = ctx.banks[index]
      const need = sectorsNeedingContents(bank, segments, step.layout)
      const known = ctx.known.get(index)
      const proven = known
        ? { equal: new Set<number>(), erased: new Set<number>() }
        : await checksumEvidence(ctx, bank, segments, need, step.layout)
      const checked = need.filter((i) => proven.equal.has(i) || proven.erased.has(i))
      const rest = need.filter((i) => !checked.includes(i))
      const contents = await sectorContents(ctx, bank, rest, known)
      for (const i of proven.erased)
        contents.set(i, new Uint8Array(bank.sectors[i].size).fill(0xff))
      if (!known) bytes += rest.reduce((n, i) => n + bank.sectors[i].size, 0)
      banks.set(index, { contents, equal: proven.equal })
      const source = { backup: known ? rest : [], checksum: checked, read: known ? [] : rest }
      sources.set(index, source)
    }
    layouts.push(...planLayout(ctx.banks, image.segments, banks, step.layout))
    return { sources, bytes }
  })
  flash.phases[0].bytes = evidence.bytes
  const activity: Activity[] = []
  for (const l of layouts) {
    const by = (a: string) => l.sectors.filter((s) => s.action === a).map((s) => s.index)
    const programmed = l.sectors.filter((s) => s.action !== 'skip').map((s) => s.index)
    flash.banks.push({
      bank: l.bank,
      evidence: evidence.sources.get(l.bank)!,
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
        await ctx.session.flash.eraseSectorsOf(bank, first, last).catch(async (err) => {
          const where = await firstDeparture(ctx, bank, erasedSectors(bank, l.erase))
          fail(`erasing sectors ${first}-${last} of bank ${bank.index} failed, ${where}`, err)
        })
      }
    })
    const programBytes = l.program.reduce((n, p) => n + p.data.length, 0)
    await timed('program', programBytes, async () => {
      const onBytes = ctx.transfer('write', programBytes)
      for (const p of l.program) {
        await ctx.session.flash.write(bank.index, p.offset, p.data, onBytes).catch(async (err) => {
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

// Below this sector size, reading a sector back costs no more than checking
// its checksum (each check is a round trip and a loader run), so small
// sectors that are neither equal nor erased are read.
const CHECKSUM_MIN_SECTOR = 8 * 1024

/**
 * What on-target checksums prove about the touched sectors, in as few checks
 * as the common cases allow: an unchanged image (one check per segment), a
 * blank range (one check per run of sectors), then, for large sectors, each
 * sector's image bytes. `equal` sectors need not be read; `erased` ones are
 * known to hold 0xFF.
 */
async function checksumEvidence(
  ctx: StepContext,
  bank: FlashBank,
  segments: readonly Segment[],
  sectors: readonly number[],
  options: LayoutOptions,
): Promise<{ equal: Set<number>; erased: Set<number> }> {
  const equal = new Set<number>()
  const erased = new Set<number>()
  const holds = (offset: number, data: Uint8Array) =>
    ctx.session.flash.holds(bank.base + offset, data)
  // Only a write that keeps the other bytes may skip a sector on its image bytes alone.
  const skippable = options.mode === 'incremental' && options.unwritten === 'keep'
  const changed: Segment[] = []
  for (const s of segments)
    if (!skippable || !(await ctx.session.flash.holds(s.address, s.data))) changed.push(s)
  const open = sectors.filter(
    (i) => !skippable || imagePieces(bank.sectors[i], bank, changed).length > 0,
  )
  for (const i of sectors) if (!open.includes(i)) equal.add(i)
  // Sectors whose erased check has been made on their own: not made again.
  const checkedAlone = new Set<number>()
  for (const [first, last] of runsOf(open)) {
    const start = bank.sectors[first].offset
    const end = bank.sectors[last].offset + bank.sectors[last].size
    if (await holds(start, new Uint8Array(end - start).fill(0xff)))
      for (let i = first; i <= last; i++) erased.add(i)
    else if (first === last) checkedAlone.add(first)
  }
  for (const i of open) {
    const sector = bank.sectors[i]
    if (!skippable || erased.has(i) || sector.size < CHECKSUM_MIN_SECTOR) continue
    let same = true
    for (const p of imagePieces(sector, bank, changed))
      if (!(same = await holds(p.offset, p.data))) break
    if (same) equal.add(i)
    else if (
      !checkedAlone.has(i) &&
      (await holds(sector.offset, new Uint8Array(sector.size).fill(0xff)))
    )
      erased.add(i)
  }
  return { equal, erased }
}

/** The current bytes of the sectors, from this run's backup when it still holds, else read. */
async function sectorContents(
  ctx: StepContext,
  bank: FlashBank,
  sectors: readonly number[],
  known: Uint8Array | undefined,
): Promise<Map<number, Uint8Array>> {
  const contents = new Map<number, Uint8Array>()
  const total = sectors.reduce((n, i) => n + bank.sectors[i].size, 0)
  const onBytes = known ? undefined : ctx.transfer('read', total)
  for (const [first, last] of runsOf(sectors)) {
    const start = bank.sectors[first].offset
    const end = bank.sectors[last].offset + bank.sectors[last].size
    const data = known
      ? known.subarray(start, end)
      : await ctx.session.flash.read(bank.index, start, end - start, onBytes)
    for (let i = first; i <= last; i++) {
      const s = bank.sectors[i]
      contents.set(i, data.subarray(s.offset - start, s.offset - start + s.size))
    }
  }
  return contents
}

async function verifyLayouts(ctx: StepContext, layouts: readonly BankLayout[]) {
  const results = []
  for (const l of layouts) {
    const bank = ctx.banks[l.bank]
    for (const e of l.expected)
      results.push(await ctx.session.flash.compare(bank.base + e.offset, e.data))
  }
  // Everything skipped: nothing was written, and the evidence showed it equal.
  return results.length
    ? mergeResults(results)
    : { match: true, address: 0, length: 0, mismatchedBytes: 0, ranges: [], truncated: false }
}

function notesOf(flash: FlashWriteRecord): string[] {
  const list = (xs: number[]) => (xs.length ? xs.join(', ') : 'none')
  const banks = flash.banks.map((b) => {
    const { backup, checksum, read } = b.evidence
    const from = [
      backup.length && `this run's backup (sectors ${list(backup)})`,
      checksum.length && `an on-target checksum (sectors ${list(checksum)})`,
      read.length && `reading sectors ${list(read)}`,
    ].filter(Boolean)
    return `bank ${b.bank}: sectors skipped ${list(b.skipped)}; erased ${list(b.erased)}; programmed ${list(b.programmed)}; ${b.keptBytes} byte(s) kept; current contents from ${from.join(' and ') || 'nowhere (not needed)'}`
  })
  const phases = flash.phases
    .filter((p) => p.bytes > 0)
    .map(
      (p) =>
        `${p.phase} ${p.bytes} B in ${p.ms} ms${p.ms > 0 ? ` (${((p.bytes * 1000) / p.ms / 1024).toFixed(1)} KiB/s)` : ''}`,
    )
  return [...banks, ...(phases.length ? [phases.join('; ')] : [])]
}
