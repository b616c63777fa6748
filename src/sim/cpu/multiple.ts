// LDM/STM, PUSH/POP (A7.7.41, A7.7.159): word-aligned whatever CCR says.
// Loads complete before any register changes, so a fault part-way leaves the
// registers as they were.
import { bitCount } from './alu.js'
import type { Cpu } from './core.js'

const loaded = new Uint32Array(16)

/** Registers in `list`, lowest at the lowest address, from Rn up (IA) or below it (DB). */
export function transferMultiple(
  cpu: Cpu,
  load: boolean,
  rn: number,
  list: number,
  writeback: boolean,
  decrementBefore: boolean,
): void {
  const r = cpu.r
  const size = 4 * bitCount(list)
  const base = r[rn]
  let address = decrementBefore ? base - size : base
  for (let i = 0; i < 16; i++) {
    if (list & (1 << i)) {
      if (load) loaded[i] = cpu.readAligned(address >>> 0)
      else cpu.writeAligned(address >>> 0, r[i])
      address += 4
    }
  }
  if (writeback) r[rn] = decrementBefore ? base - size : base + size
  if (!load) return
  for (let i = 0; i < 15; i++) if (list & (1 << i)) r[i] = loaded[i]
  if (list & 0x2000) r[13] &= ~3
  if (list & 0x8000) cpu.branchExchange(loaded[15])
}
