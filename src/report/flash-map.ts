// A picture of the flash, per bank: what the run did to each sector (or, for
// a dry run, what the plan will do), as an SVG with sectors to scale (like
// probe-rs --flash-layout) for the report folder, and as a compact strip of
// one character per sector (or per few sectors) for a console. Pure: both are
// drawn from the report model, the same per-sector activity report.md's
// sector table shows.
import { formatBytes, hex32 } from './format.js'
import type { BankRecord, Report, SectorRecord } from './model.js'

export const FLASH_MAP_FILE = 'flash-map.svg'

export type Mark =
  'backed-up' | 'skipped' | 'erased' | 'written' | 'verified' | 'failed' | 'protected'

export interface MapSector extends SectorRecord {
  marks: Mark[]
}

export interface BankMap {
  bank: BankRecord
  /** A dry run: the marks say what the plan will do, nothing was done. */
  planned: boolean
  sectors: MapSector[]
}

/** What a sector shows first when several things happened to it, strongest first. */
const SHOWN: readonly Mark[] = ['failed', 'verified', 'written', 'erased', 'skipped', 'backed-up']

const MARK_OF_STEP: Partial<Record<string, Mark>> = {
  backup: 'backed-up',
  erase: 'erased',
  write: 'written',
  verify: 'verified',
  'verify-bank': 'verified',
  protect: 'protected',
}

/** The banks of a report with each sector's marks. */
export function flashMap(r: Report): BankMap[] {
  const banks = r.banksAfter.length ? r.banksAfter : r.banksBefore
  return banks
    .filter((b) => b.sectors.length)
    .map((bank) => {
      const marks = new Map<number, Set<Mark>>(bank.sectors.map((s) => [s.index, new Set()]))
      const add = (mark: Mark, sectors: Iterable<number>) => {
        for (const i of sectors) marks.get(i)?.add(mark)
      }
      for (const s of bank.sectors) if (s.protected) add('protected', [s.index])
      if (r.dryRun) {
        for (const step of r.steps) {
          const mark = MARK_OF_STEP[step.kind]
          for (const t of step.plan.filter((p) => p.bank === bank.index))
            if (mark) add(mark, t.blocks.length ? sectorsOfBlocks(bank, t.blocks) : t.sectors)
        }
      } else {
        const a = r.activity.find((x) => x.bank === bank.index)
        if (a) {
          add('backed-up', a.backedUp)
          add('erased', a.erased)
          add('written', a.written)
          add('skipped', a.skipped)
          add('verified', a.verified)
          add('failed', a.verifyFailed)
        }
        // A step that failed while changing sectors leaves those it did not
        // prove (verified) or leave alone (skipped, already equal) unproven.
        const settled = new Set([...(a?.verified ?? []), ...(a?.skipped ?? [])])
        for (const step of r.steps) {
          if ((step.status !== 'failed' && step.status !== 'timeout') || !changes(step.kind))
            continue
          for (const t of step.plan.filter((p) => p.bank === bank.index))
            add(
              'failed',
              t.sectors.filter((i) => !settled.has(i)),
            )
        }
      }
      return {
        bank,
        planned: r.dryRun,
        sectors: bank.sectors.map((s) => ({ ...s, marks: [...marks.get(s.index)!] })),
      }
    })
}

const changes = (kind: string) => kind === 'erase' || kind === 'write'

function sectorsOfBlocks(bank: BankRecord, blocks: readonly number[]): number[] {
  const ranges = blocks.map((i) => bank.protectionBlocks[i]).filter(Boolean)
  return bank.sectors
    .filter((s) => ranges.some((b) => s.offset < b.offset + b.size && b.offset < s.offset + s.size))
    .map((s) => s.index)
}

/** The mark a sector is drawn with; protection is drawn over it. */
export function shownMark(s: MapSector): Mark | undefined {
  return SHOWN.find((m) => s.marks.includes(m))
}

const LABEL: Record<Mark, string> = {
  'backed-up': 'backed up',
  skipped: 'skipped (already equal)',
  erased: 'erased',
  written: 'written',
  verified: 'verified',
  failed: 'failed',
  protected: 'protected',
}

// ---- the console strip ----

const CHAR: Record<Mark, string> = {
  'backed-up': 'B',
  skipped: 'S',
  erased: 'E',
  written: 'W',
  verified: 'V',
  failed: 'X',
  protected: '#',
}

const ANSI: Record<Mark, string> = {
  'backed-up': '34',
  skipped: '36',
  erased: '33',
  written: '35',
  verified: '32',
  failed: '31',
  protected: '90',
}

/** Sectors per character beyond this many sectors, so a 1024-page bank stays one line. */
const STRIP_WIDTH = 64

/**
 * One line per bank, `bank 0 stm32f1x.flash 0x08000000 128 KiB [BBWW·····]`,
 * and a legend. A character covers several sectors on a bank with many and
 * shows the strongest of their marks; `color` adds ANSI colours.
 */
export function flashStrip(maps: readonly BankMap[], color: boolean): string[] {
  if (!maps.length) return []
  const paint = (mark: Mark | undefined, text: string) =>
    color && mark ? `\x1b[${ANSI[mark]}m${text}\x1b[0m` : text
  const lines = maps.map((m) => {
    const per = Math.ceil(m.sectors.length / STRIP_WIDTH)
    let strip = ''
    for (let i = 0; i < m.sectors.length; i += per) {
      const group = m.sectors.slice(i, i + per)
      const marks = group.flatMap((s) => s.marks)
      const mark = SHOWN.find((x) => marks.includes(x))
      const shown = mark ?? (marks.includes('protected') ? 'protected' : undefined)
      strip += paint(shown, shown ? CHAR[shown] : '·')
    }
    const b = m.bank
    const scale = per > 1 ? ` (${per} sectors a character)` : ''
    return `${m.planned ? 'planned ' : ''}bank ${b.index} ${b.name} ${hex32(b.base)} ${formatBytes(b.size)} [${strip}]${scale}`
  })
  const legend = (Object.keys(CHAR) as Mark[]).map((k) => `${paint(k, CHAR[k])} ${LABEL[k]}`)
  return [...lines, `  ${legend.join(' · ')} · · untouched`]
}

// ---- the SVG ----

const FILL: Record<Mark, string> = {
  'backed-up': '#4c78a8',
  skipped: '#9ecae9',
  erased: '#f2cf5b',
  written: '#f58518',
  verified: '#54a24b',
  failed: '#e45756',
  protected: '#555555',
}
const UNTOUCHED = '#e6e6e6'

const WIDTH = 960
const MARGIN = 16
const BAR = 36
const ROW = 96

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * flash-map.svg: one bar per bank, each sector a rectangle as wide as its
 * share of the bank. Every sector is a `<g>` with `data-bank`, `data-sector`
 * and `data-marks` (space-separated), and a `<title>` a browser shows on hover.
 */
export function flashMapSvg(maps: readonly BankMap[]): string {
  const inner = WIDTH - 2 * MARGIN
  const out: string[] = []
  const legendY = MARGIN + maps.length * ROW
  const height = legendY + 40
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    '<defs><pattern id="protected" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#222" stroke-width="2"/></pattern></defs>',
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
  )
  maps.forEach((m, row) => {
    const b = m.bank
    const y = MARGIN + row * ROW
    const title = `${m.planned ? 'Plan for bank' : 'Bank'} ${b.index}: ${b.name} at ${hex32(b.base)}, ${formatBytes(b.size)}, ${b.sectors.length} sectors`
    out.push(`<text x="${MARGIN}" y="${y + 14}" font-weight="bold">${xml(title)}</text>`)
    const barY = y + 22
    for (const s of m.sectors) {
      const x = MARGIN + (inner * s.offset) / b.size
      const w = Math.max((inner * s.size) / b.size, 0.5)
      const mark = shownMark(s)
      const fill = mark ? FILL[mark] : UNTOUCHED
      const words = s.marks.map((k) => LABEL[k])
      const what = `${m.planned ? 'planned: ' : ''}${words.join(', ') || 'untouched'}`
      const attrs = `data-bank="${b.index}" data-sector="${s.index}" data-marks="${s.marks.join(' ')}"`
      const rect = (extra: string) =>
        `<rect x="${x.toFixed(2)}" width="${w.toFixed(2)}" ${extra} stroke="#ffffff" stroke-width="${w > 2 ? 1 : 0}"/>`
      out.push(
        `<g class="sector" ${attrs}>`,
        `<title>${xml(`sector ${s.index} ${hex32(b.base + s.offset)} ${formatBytes(s.size)}: ${what}`)}</title>`,
        rect(
          `y="${barY}" height="${BAR}" fill="${fill}"${m.planned && mark ? ' fill-opacity="0.55"' : ''}`,
        ),
      )
      // Backed up and then changed: a band on top keeps the backup visible.
      if (s.marks.includes('backed-up') && mark !== 'backed-up')
        out.push(rect(`y="${barY}" height="6" fill="${FILL['backed-up']}"`))
      if (s.marks.includes('protected'))
        out.push(rect(`y="${barY}" height="${BAR}" fill="url(#protected)" fill-opacity="0.6"`))
      out.push('</g>')
    }
    const labelY = barY + BAR + 14
    out.push(
      `<text x="${MARGIN}" y="${labelY}">${hex32(b.base)}</text>`,
      `<text x="${WIDTH - MARGIN}" y="${labelY}" text-anchor="end">${hex32(b.base + b.size)}</text>`,
    )
  })
  let x = MARGIN
  const legend: Array<[string, string]> = [
    ...(Object.keys(FILL) as Mark[]).map((k): [string, string] => [
      k === 'protected' ? 'url(#protected)' : FILL[k],
      LABEL[k],
    ]),
    [UNTOUCHED, 'untouched'],
  ]
  for (const [fill, label] of legend) {
    out.push(
      `<rect x="${x}" y="${legendY}" width="14" height="14" fill="${fill}" stroke="#888"/>`,
      `<text x="${x + 18}" y="${legendY + 12}">${xml(label)}</text>`,
    )
    x += 26 + label.length * 7
  }
  out.push('</svg>')
  return out.join('\n') + '\n'
}
