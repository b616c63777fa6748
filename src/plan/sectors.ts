// Address and sector arithmetic over a bank's layout.
import type { FlashBank, FlashSector } from '../openocd/types.js'
import type { Area } from './schema.js'

export const hex = (n: number) => `0x${n.toString(16).padStart(8, '0')}`

export function bankContaining(
  banks: readonly FlashBank[],
  address: number,
): FlashBank | undefined {
  return banks.find((b) => b.size > 0 && address >= b.base && address < b.base + b.size)
}

/** The bank and sector holding an address, where there is one. */
export function sectorAt(
  banks: readonly FlashBank[],
  address: number,
): { bank?: FlashBank; sector?: FlashSector } {
  const bank = bankContaining(banks, address)
  const offset = bank ? address - bank.base : 0
  const sector = bank?.sectors.find((s) => offset >= s.offset && offset < s.offset + s.size)
  return { bank, sector }
}

/** Indices of the units (sectors or protection blocks) that overlap [address, address+size). */
export function unitsOverlapping(
  bank: FlashBank,
  units: readonly FlashSector[],
  address: number,
  size: number,
): number[] {
  const start = address - bank.base
  const end = start + size
  return units.filter((u) => u.offset < end && u.offset + u.size > start).map((u) => u.index)
}

/** The exact range covered by a contiguous list of units. */
export function unitsSpan(
  bank: FlashBank,
  units: readonly FlashSector[],
  indices: readonly number[],
) {
  const first = units[indices[0]]
  const last = units[indices[indices.length - 1]]
  return { address: bank.base + first.offset, size: last.offset + last.size - first.offset }
}

export interface AreaResolution {
  bank: FlashBank
  /** Indices into `units`. */
  indices: number[]
  /** Set when an address range was rounded out to whole units. */
  rounded?: {
    requested: { address: number; size: number }
    actual: { address: number; size: number }
  }
}

/** Resolves an area (sectors of a bank, or an address range) over sectors or protection blocks. */
export function resolveArea(
  banks: readonly FlashBank[],
  area: Area,
  unitsOf: (b: FlashBank) => readonly FlashSector[],
  unitName: string,
): AreaResolution {
  if (area.address !== undefined && area.size !== undefined) {
    const bank = bankContaining(banks, area.address)
    const endBank = bankContaining(banks, area.address + area.size - 1)
    if (!bank || bank !== endBank) {
      throw new Error(
        `${hex(area.address)}..${hex(area.address + area.size - 1)} is not inside one flash bank (${describeBanks(banks)})`,
      )
    }
    const units = unitsOf(bank)
    const indices = unitsOverlapping(bank, units, area.address, area.size)
    const actual = unitsSpan(bank, units, indices)
    const rounded = actual.address !== area.address || actual.size !== area.size
    return {
      bank,
      indices,
      rounded: rounded
        ? { requested: { address: area.address, size: area.size }, actual }
        : undefined,
    }
  }
  const bank = banks[area.bank ?? 0]
  if (!bank) throw new Error(`there is no flash bank ${area.bank ?? 0} (${describeBanks(banks)})`)
  const count = unitsOf(bank).length
  const indices = sectorList(area.sectors ?? 'all', count, (bad) => {
    throw new Error(
      `${unitName} ${bad} of bank ${bank.index} does not exist: it has ${count} ${unitName}s (0..${count - 1})`,
    )
  })
  return { bank, indices }
}

/** The indices `spec` means; a range is checked against `count` before it is expanded. */
function sectorList(
  spec: NonNullable<Area['sectors']>,
  count: number,
  outside: (what: string) => never,
): number[] {
  if (spec === 'all') return Array.from({ length: count }, (_, i) => i)
  const [first, last] =
    typeof spec === 'number'
      ? [spec, spec]
      : Array.isArray(spec)
        ? [spec.reduce((a, b) => Math.min(a, b)), spec.reduce((a, b) => Math.max(a, b))]
        : spec.split('-').map((s) => Number(s.trim()))
  if (last >= count) {
    const bad = Array.isArray(spec) ? spec.filter((i) => i >= count).join(', ') : String(spec)
    outside(bad)
  }
  if (Array.isArray(spec)) return [...new Set(spec)].sort((a, b) => a - b)
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

export function describeBanks(banks: readonly FlashBank[]): string {
  const real = banks.filter((b) => b.size > 0)
  if (!real.length) return 'no flash banks'
  return real.map((b) => `bank ${b.index} ${hex(b.base)}..${hex(b.base + b.size - 1)}`).join(', ')
}

/** Groups sorted indices into runs of consecutive numbers: [1,2,3,7] → [[1,3],[7,7]]. */
export function runsOf(indices: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  for (const i of indices) {
    const last = runs.at(-1)
    if (last && i === last[1] + 1) last[1] = i
    else runs.push([i, i])
  }
  return runs
}

/** Protection blocks that contain any of the given sectors. */
export function blocksOfSectors(bank: FlashBank, sectorIndices: readonly number[]): number[] {
  const blocks = new Set<number>()
  for (const i of sectorIndices) {
    const s = bank.sectors[i]
    for (const b of unitsOverlapping(bank, bank.protectionBlocks, bank.base + s.offset, s.size))
      blocks.add(b)
  }
  return [...blocks].sort((a, b) => a - b)
}
