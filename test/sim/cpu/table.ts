// Table-driven instruction tests: each case runs its encodings (assembled
// with arm-none-eabi-as when the table was written; the assembly is kept
// beside them) from a given register and flag state up to a final BKPT.
import { expect } from 'vitest'
import { CODE, createSystem, fromHalfwords, run, SRAM } from './harness.js'
import type { TestSystem } from './harness.js'

type RegisterName = `r${number}` | 'sp' | 'lr'

export interface InstructionCase {
  readonly asm: string
  readonly code: readonly number[]
  /** Registers before, and flags (letters of NZCVQ that are set). */
  readonly given?: Partial<Record<RegisterName, number>> & { readonly flags?: string }
  /** Registers after, and the exact flag set if `flags` is given. */
  readonly expect: Partial<Record<RegisterName, number>> & {
    readonly flags?: string
    readonly pc?: number
  }
  /** Words placed in SRAM before the run, from its start. */
  readonly memory?: readonly number[]
  /** SRAM words after the run, from its start. */
  readonly memoryAfter?: readonly number[]
}

const FLAG_NAMES = ['n', 'z', 'c', 'v', 'q'] as const

function registerIndex(name: string): number {
  if (name === 'sp') return 13
  if (name === 'lr') return 14
  return Number(name.slice(1))
}

export function flagString(system: TestSystem): string {
  return FLAG_NAMES.filter((f) => system.cpu[f] === 1)
    .map((f) => f.toUpperCase())
    .join('')
}

/** Runs one case; returns the system for further checks. */
export function runCase(c: InstructionCase): TestSystem {
  const system = createSystem(fromHalfwords([...c.code, 0xbe00]))
  const cpu = system.cpu
  for (const [name, value] of Object.entries(c.given ?? {})) {
    if (name === 'flags') continue
    cpu.r[registerIndex(name)] = value as number
  }
  const flags = c.given?.flags ?? ''
  for (const f of FLAG_NAMES) cpu[f] = flags.includes(f.toUpperCase()) ? 1 : 0
  c.memory?.forEach((word, i) => system.sram.bytes.writeUInt32LE(word >>> 0, 4 * i))
  const outcome = run(cpu, 10_000)
  expect(outcome.kind).toBe('breakpoint')
  const actual: Record<string, string> = {}
  const wanted: Record<string, string> = {}
  for (const [name, value] of Object.entries(c.expect)) {
    if (name === 'flags') {
      actual.flags = flagString(system)
      wanted.flags = value as string
    } else if (name === 'pc') {
      actual.pc = hex(cpu.r[15])
      wanted.pc = hex(value as number)
    } else {
      actual[name] = hex(cpu.r[registerIndex(name)])
      wanted[name] = hex(value as number)
    }
  }
  expect(actual).toEqual(wanted)
  if (c.memoryAfter) {
    const words = c.memoryAfter.map((_, i) => hex(system.sram.bytes.readUInt32LE(4 * i)))
    expect(words).toEqual(c.memoryAfter.map(hex))
  }
  return system
}

export function hex(value: number): string {
  return '0x' + (value >>> 0).toString(16)
}

export { CODE, SRAM }
