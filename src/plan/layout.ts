// The flash layout of a write: for every sector an image touches, whether it
// is skipped (already holds what it should), only programmed (erased where
// the image goes), or erased and programmed, and which bytes are programmed.
// Pure: it works from the bank layout, the image's bytes and evidence of what
// each touched sector holds now, and does no I/O (as probe-rs plans a flash
// layout that its flasher then carries out). The executor does exactly this.
import type { Segment } from '../image/index.js'
import type { FlashBank, FlashSector } from '../openocd/types.js'
import { bankContaining, describeBanks, hex, unitsOverlapping } from './sectors.js'

/** What happens to the bytes of a touched sector that the image does not cover. */
export type Unwritten = 'keep' | 'erase'

export interface LayoutOptions {
  /** `full` erases and programs every touched sector, whatever it holds. */
  mode: 'incremental' | 'full'
  unwritten: Unwritten
}

export type SectorAction = 'skip' | 'program' | 'erase+program'

export interface SectorLayout {
  index: number
  action: SectorAction
  /** Bytes of the image in this sector. */
  imageBytes: number
  /** Bytes outside the image that keep their current value (after an erase, they are programmed back). */
  keptBytes: number
}

export interface BankLayout {
  bank: number
  sectors: SectorLayout[]
  /** Sectors to erase, ascending. */
  erase: number[]
  /** Contiguous runs to program, ascending bank offsets, aligned to the bank's programAlign. */
  program: Array<{ offset: number; data: Uint8Array }>
  /**
   * What the touched sectors hold when the write is done, as one buffer per
   * contiguous run of touched sectors, for verification.
   */
  expected: Array<{ offset: number; data: Uint8Array }>
}

/**
 * Evidence of what touched sectors hold now, by bank: their bytes, or (from an
 * on-target checksum) that they already hold what the image puts there.
 */
export interface BankEvidence {
  contents: ReadonlyMap<number, Uint8Array>
  /** Sectors whose image bytes already match; their other bytes are left alone. */
  equal?: ReadonlySet<number>
}
export type SectorEvidence = ReadonlyMap<number, BankEvidence>

// Programming granularity by flash driver. The STM32H7 programs whole flash
// words (32 bytes on H74x/75x, 16 on H7A3/B3): OpenOCD pads a shorter write
// with 0xFF, and a word once programmed cannot be programmed again without an
// ECC error, so two runs must never share one; 32 serves both. The other
// chips (F1 half-words, F4 bytes to double-words) program 8-byte runs correctly.
const PROGRAM_ALIGN: Readonly<Record<string, number>> = { stm32h7x: 32 }
const DEFAULT_PROGRAM_ALIGN = 8

/** The alignment of the runs a write to `bank` programs (a power of two). */
export function programAlign(bank: Pick<FlashBank, 'driver'>): number {
  return PROGRAM_ALIGN[bank.driver] ?? DEFAULT_PROGRAM_ALIGN
}
// Runs of erased bytes this long are not programmed after an erase: they
// are already 0xFF, and programming costs time per byte.
const SKIP_ERASED = 256
const ERASED = 0xff

/** The image's segments, split by bank; data outside every bank is refused. */
export function segmentsByBank(
  segments: readonly Segment[],
  banks: readonly FlashBank[],
): Map<number, Segment[]> {
  const out = new Map<number, Segment[]>()
  const sorted = segments.filter((s) => s.data.length > 0).sort((a, b) => a.address - b.address)
  for (const [i, seg] of sorted.entries()) {
    const prev = sorted[i - 1]
    if (prev && prev.address + prev.data.length > seg.address)
      throw new Error(`image segments overlap at ${hex(seg.address)}`)
    const end = seg.address + seg.data.length - 1
    const bank = bankContaining(banks, seg.address)
    if (!bank || bankContaining(banks, end) !== bank) {
      throw new Error(
        `the image has data at ${hex(seg.address)}..${hex(end)}, outside every flash bank (${describeBanks(banks)}): is the address right?`,
      )
    }
    out.set(bank.index, [...(out.get(bank.index) ?? []), seg])
  }
  return out
}

/** Sectors of `bank` that the segments touch, ascending. */
export function touchedSectors(bank: FlashBank, segments: readonly Segment[]): number[] {
  const set = new Set<number>()
  for (const s of segments)
    for (const i of unitsOverlapping(bank, bank.sectors, s.address, s.data.length)) set.add(i)
  return [...set].sort((a, b) => a - b)
}

/**
 * Sectors whose current bytes the layout needs: all touched sectors for an
 * incremental write; for a full write only sectors the image covers in part,
 * when their other bytes are kept.
 */
export function sectorsNeedingContents(
  bank: FlashBank,
  segments: readonly Segment[],
  options: LayoutOptions,
): number[] {
  const touched = touchedSectors(bank, segments)
  if (options.mode === 'incremental') return touched
  if (options.unwritten === 'erase') return []
  return touched.filter((i) => coverage(bank.sectors[i], bank, segments) < bank.sectors[i].size)
}

export function planBankLayout(
  bank: FlashBank,
  segments: readonly Segment[],
  evidence: BankEvidence,
  options: LayoutOptions,
): BankLayout {
  const layout: BankLayout = { bank: bank.index, sectors: [], erase: [], program: [], expected: [] }
  const runs: Array<[number, number]> = []
  const needed = new Set(sectorsNeedingContents(bank, segments, options))
  const equal =
    options.mode === 'incremental' && options.unwritten === 'keep' ? evidence.equal : undefined
  for (const index of touchedSectors(bank, segments)) {
    const sector = bank.sectors[index]
    if (equal?.has(index)) {
      const imageBytes = coverage(sector, bank, segments)
      layout.sectors.push({
        index,
        action: 'skip',
        imageBytes,
        keptBytes: sector.size - imageBytes,
      })
      continue
    }
    const current = evidence.contents.get(index)
    if (needed.has(index) && (!current || current.length !== sector.size)) {
      throw new Error(
        `the layout of bank ${bank.index} needs the ${sector.size} bytes sector ${index} holds now`,
      )
    }
    const { wanted, imageBytes } = wantedBytes(sector, bank, segments, options.unwritten, current)
    const align = programAlign(bank)
    const keptBytes = options.unwritten === 'keep' ? sector.size - imageBytes : 0
    layout.expected.push({ offset: sector.offset, data: wanted })
    let action: SectorAction = 'erase+program'
    let program: Array<[number, number]> = []
    if (options.mode === 'incremental' && current) {
      const differ = differingRuns(wanted, current, align)
      if (differ.length === 0) action = 'skip'
      else if (differ.every(([from, to]) => isErased(current, from, to))) {
        action = 'program'
        program = differ
      }
    }
    if (action === 'erase+program') {
      layout.erase.push(index)
      program = nonErasedRuns(wanted, align)
    }
    layout.sectors.push({ index, action, imageBytes, keptBytes })
    for (const [from, to] of program) runs.push([sector.offset + from, sector.offset + to])
    // A sector that is skipped is not compared again: the evidence says it matches.
    if (action === 'skip') layout.expected.pop()
  }
  layout.program = mergeRuns(runs).map(([from, to]) => ({
    offset: from,
    data: slice(layout.expected, from, to),
  }))
  layout.expected = mergeBuffers(layout.expected)
  return layout
}

/** One layout per bank the image touches. */
export function planLayout(
  banks: readonly FlashBank[],
  segments: readonly Segment[],
  evidence: SectorEvidence,
  options: LayoutOptions,
): BankLayout[] {
  return [...segmentsByBank(segments, banks)].map(([index, segs]) =>
    planBankLayout(banks[index], segs, evidence.get(index) ?? { contents: new Map() }, options),
  )
}

/** The image's bytes inside the sector, as [bank offset, bytes] pieces. */
export function imagePieces(
  sector: FlashSector,
  bank: FlashBank,
  segments: readonly Segment[],
): Array<{ offset: number; data: Uint8Array }> {
  const pieces = []
  for (const s of segments) {
    const start = s.address - bank.base
    const from = Math.max(start, sector.offset)
    const to = Math.min(start + s.data.length, sector.offset + sector.size)
    if (to > from) pieces.push({ offset: from, data: s.data.subarray(from - start, to - start) })
  }
  return pieces
}

/** Bytes of the sector the image covers. */
function coverage(sector: FlashSector, bank: FlashBank, segments: readonly Segment[]): number {
  return imagePieces(sector, bank, segments).reduce((n, p) => n + p.data.length, 0)
}

/** What the sector should hold after the write. */
function wantedBytes(
  sector: FlashSector,
  bank: FlashBank,
  segments: readonly Segment[],
  unwritten: Unwritten,
  current: Uint8Array | undefined,
): { wanted: Uint8Array; imageBytes: number } {
  const wanted =
    unwritten === 'keep' && current
      ? new Uint8Array(current)
      : new Uint8Array(sector.size).fill(ERASED)
  let imageBytes = 0
  for (const p of imagePieces(sector, bank, segments)) {
    wanted.set(p.data, p.offset - sector.offset)
    imageBytes += p.data.length
  }
  return { wanted, imageBytes }
}

/** Aligned [from, to) runs where `a` and `b` differ; close runs are joined. */
function differingRuns(a: Uint8Array, b: Uint8Array, align: number): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue
    const from = i & ~(align - 1)
    let j = i
    while (j < a.length && (a[j] !== b[j] || j < i + align)) j++
    runs.push([from, Math.min(a.length, alignUp(j, align))])
    i = j
  }
  return mergeRuns(runs)
}

/** [from, to) runs of `data`, aligned to `align`, that are not long runs of 0xFF. */
export function nonErasedRuns(data: Uint8Array, align: number, start = 0, end = data.length) {
  const runs: Array<[number, number]> = []
  let i = start
  while (i < end) {
    while (i < end && data[i] === ERASED) i++
    if (i >= end) break
    let j = i
    let erasedRun = 0
    while (j < end && erasedRun < SKIP_ERASED) {
      erasedRun = data[j] === ERASED ? erasedRun + 1 : 0
      j++
    }
    runs.push([i & ~(align - 1), Math.min(end, alignUp(j - erasedRun, align))])
    i = j
  }
  return runs
}

function isErased(data: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (data[i] !== ERASED) return false
  return true
}

const alignUp = (n: number, align: number) => (n + align - 1) & ~(align - 1)

function mergeRuns(runs: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const [from, to] of [...runs].sort((x, y) => x[0] - y[0])) {
    const last = out.at(-1)
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else out.push([from, to])
  }
  return out
}

function mergeBuffers(parts: ReadonlyArray<{ offset: number; data: Uint8Array }>) {
  const out: Array<{ offset: number; data: Uint8Array }> = []
  for (const p of parts) {
    const last = out.at(-1)
    if (last && last.offset + last.data.length === p.offset) {
      const data = new Uint8Array(last.data.length + p.data.length)
      data.set(last.data)
      data.set(p.data, last.data.length)
      last.data = data
    } else out.push({ offset: p.offset, data: p.data })
  }
  return out
}

/** Bytes [from, to) of the bank, from per-sector buffers that cover them. */
function slice(
  parts: ReadonlyArray<{ offset: number; data: Uint8Array }>,
  from: number,
  to: number,
): Uint8Array {
  const out = new Uint8Array(to - from)
  for (const p of parts) {
    const a = Math.max(from, p.offset)
    const b = Math.min(to, p.offset + p.data.length)
    if (b > a) out.set(p.data.subarray(a - p.offset, b - p.offset), a - from)
  }
  return out
}
