// Parsers for the text OpenOCD prints, tested against real OpenOCD output
// (see test/fixtures/ and the traces the simulator was checked with).
import { parseTclDict, parseTclList } from './tcl-list.js'
import type { FlashBank, FlashSector, TargetState } from './types.js'

/** `flash list`: a Tcl list of dicts, one per bank, in bank-number order. */
export function parseFlashList(text: string): FlashBank[] {
  return parseTclList(text).map((entry, index) => {
    const d = parseTclDict(entry)
    return {
      index,
      name: d.name ?? '',
      driver: d.driver ?? '',
      base: Number(d.base ?? 0),
      size: Number(d.size ?? 0),
      busWidth: Number(d.bus_width ?? 0),
      chipWidth: Number(d.chip_width ?? 0),
      target: d.target ?? '',
      sectors: [],
      protectionBlocks: [],
    }
  })
}

export interface FlashInfo {
  index: number
  driver: string
  base: number
  size: number
  blocks: Array<FlashSector & { protectionKnown: boolean }>
  description?: string
}

const HEADER = /^#(\d+)\s*:\s*(\S+) at (0x[0-9a-f]+), size (0x[0-9a-f]+)/i
const BLOCK = /^\s*#\s*(\d+):\s*(0x[0-9a-f]+)\s*\((0x[0-9a-f]+)[^)]*\)\s*(.*)$/i

/** `flash info N [sectors]`: header, one line per sector or block, description. */
export function parseFlashInfo(text: string): FlashInfo {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''))
  const headerAt = lines.findIndex((l) => HEADER.test(l))
  if (headerAt < 0) throw new Error(`unexpected 'flash info' output: ${text.slice(0, 200)}`)
  const h = HEADER.exec(lines[headerAt])!
  const info: FlashInfo = {
    index: Number(h[1]),
    driver: h[2],
    base: Number(h[3]),
    size: Number(h[4]),
    blocks: [],
  }
  const rest: string[] = []
  for (const line of lines.slice(headerAt + 1)) {
    const m = BLOCK.exec(line)
    if (!m) {
      if (line.trim()) rest.push(line.trim())
      continue
    }
    const state = m[4].trim()
    info.blocks.push({
      index: Number(m[1]),
      offset: Number(m[2]),
      size: Number(m[3]),
      protected: state === 'protected',
      protectionKnown: state === 'protected' || state === 'not protected',
    })
  }
  if (rest.length) info.description = rest.join('\n')
  return info
}

/**
 * Protection of each sector: its own where OpenOCD knows it, otherwise that
 * of the protection block that contains it.
 */
export function sectorsWithProtection(
  sectors: FlashInfo['blocks'],
  blocks: readonly FlashSector[],
): FlashSector[] {
  return sectors.map(({ protectionKnown, ...s }) => {
    if (protectionKnown) return s
    const block = blocks.find((b) => s.offset >= b.offset && s.offset < b.offset + b.size)
    return { ...s, protected: block?.protected ?? false }
  })
}

/** `read_memory`: a Tcl list of numbers. */
export function parseNumberList(text: string): bigint[] {
  return parseTclList(text).map((w) => BigInt(w))
}

const STATES: readonly TargetState[] = ['running', 'halted', 'reset', 'debug-running', 'unknown']

export function parseTargetState(text: string): TargetState {
  const s = text.trim() as TargetState
  return STATES.includes(s) ? s : 'unknown'
}
