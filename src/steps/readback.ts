// After a failed erase or program: read back the sectors the failed phase
// was changing and name the first address that is not as planned, so the
// report points at the sector that failed rather than the whole range.
import { hex, sectorAt } from '../plan/sectors.js'
import type { FlashBank } from '../openocd/types.js'
import type { StepContext } from './context.js'

export interface PlannedBytes {
  /** Bank offset. */
  offset: number
  data: Uint8Array
}

/** `first address not as planned: 0x08001010 (bank 0 sector 4)`, or why it could not be read. */
export async function firstDeparture(
  ctx: StepContext,
  bank: FlashBank,
  planned: readonly PlannedBytes[],
): Promise<string> {
  try {
    for (const p of planned) {
      const actual = await ctx.session.flash.read(bank.index, p.offset, p.data.length)
      const i = p.data.findIndex((b, k) => actual[k] !== b)
      if (i < 0) continue
      const address = bank.base + p.offset + i
      const { sector } = sectorAt([bank], address)
      return `first address not as planned: ${hex(address)} (bank ${bank.index} sector ${sector?.index})`
    }
    return 'read back, the sectors are as planned'
  } catch (err) {
    return `the sectors could not be read back: ${(err as Error).message}`
  }
}

/** The erased state of whole sectors, for comparison after an erase. */
export function erasedSectors(bank: FlashBank, sectors: readonly number[]): PlannedBytes[] {
  return sectors.map((i) => ({
    offset: bank.sectors[i].offset,
    data: new Uint8Array(bank.sectors[i].size).fill(0xff),
  }))
}
