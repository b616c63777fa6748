// The test firmware built from firmware/ (ELFs and symbol tables committed).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { VirtualChip } from '../../../src/sim/index.js'

export type Program = 'counter' | 'fault'

export interface Firmware {
  /** The ELF's path (no characters that need quoting). */
  readonly elf: string
  /** A global function's or object's address and size. */
  symbol(name: string): { address: number; size: number }
}

export function firmware(chip: VirtualChip, program: Program): Firmware {
  const base = fileURLToPath(new URL(`../../../firmware/build/${chip}/${program}`, import.meta.url))
  const symbols = JSON.parse(readFileSync(`${base}.symbols.json`, 'utf8')) as Record<
    string,
    { address: number; size: number }
  >
  return {
    elf: `${base}.elf`,
    symbol(name) {
      const found = symbols[name]
      if (!found) throw new Error(`${program}.elf on ${chip} has no symbol ${name}`)
      return found
    },
  }
}

/** OpenOCD log phrases that mean a flash loader did not run. */
export const FALLBACKS = /falling back|no working area|couldn't use block writes/iu

/** The 32-bit word `mdw` printed for `address`. */
export function word(mdwOutput: string): number {
  const match = /^0x[0-9a-f]+: ([0-9a-f]{8})/mu.exec(mdwOutput)
  if (!match) throw new Error(`not an mdw answer: ${mdwOutput}`)
  return Number.parseInt(match[1], 16)
}

/** The value `reg <name>` printed. */
export function register(regOutput: string): number {
  const match = /\(\/\d+\): (0x[0-9a-f]+)/u.exec(regOutput)
  if (!match) throw new Error(`not a reg answer: ${regOutput}`)
  return Number(match[1])
}
