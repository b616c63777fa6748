// A bare system for the core's tests: code at 0x08000000 aliased at 0
// (vector table), SRAM at 0x20000000, and a faulting hole everywhere else.
import { Bus } from '../../../src/sim/bus/bus.js'
import { Memory } from '../../../src/sim/bus/memory.js'
import { Cpu } from '../../../src/sim/cpu/core.js'
import type { StepOutcome } from '../../../src/sim/cpu/contract.js'

export const FLASH = 0x08000000
export const SRAM = 0x20000000
export const SRAM_SIZE = 0x10000
export const STACK_TOP = SRAM + SRAM_SIZE
/** Where `fromHalfwords` places code, after a 0x200-byte vector table. */
export const CODE = FLASH + 0x200

export interface TestSystem {
  readonly cpu: Cpu
  readonly flash: Memory
  readonly sram: Memory
  resets: number
}

export function createSystem(
  image: Buffer,
  options: { fpu?: boolean; irqCount?: number } = {},
): TestSystem {
  const flash = Memory.rom(
    Buffer.concat([image, Buffer.alloc(Math.max(0, 0x10000 - image.length))]),
  )
  const sram = Memory.ram(SRAM_SIZE)
  const bus = new Bus().map(0, 0x10000, flash).map(FLASH, 0x10000, flash).map(SRAM, SRAM_SIZE, sram)
  const system: TestSystem = {
    cpu: undefined as unknown as Cpu,
    flash,
    sram,
    resets: 0,
  }
  const cpu = new Cpu({
    bus,
    fpu: options.fpu ?? false,
    irqCount: options.irqCount ?? 32,
    onSystemResetRequest: () => {
      system.resets++
    },
  })
  bus.map(0xe000e000, 0x1000, cpu.systemControlBus)
  ;(system as { cpu: Cpu }).cpu = cpu
  cpu.reset()
  return system
}

/** A vector table whose every handler is a BKPT at `handler(n)`, followed by `code` at CODE. */
export function fromHalfwords(code: readonly number[]): Buffer {
  const image = Buffer.alloc(0x200 + code.length * 2 + 0x100)
  image.writeUInt32LE(STACK_TOP, 0)
  image.writeUInt32LE(CODE | 1, 4)
  for (let n = 2; n < 64; n++) image.writeUInt32LE(handler(n) | 1, 4 * n)
  // Each handler is "bkpt #n" so a test sees which exception it reached.
  for (let n = 2; n < 64; n++) image.writeUInt16LE(0xbe00 | n, handler(n) - FLASH)
  code.forEach((hw, i) => image.writeUInt16LE(hw, 0x200 + 2 * i))
  return image
}

export function handler(n: number): number {
  return FLASH + 0x100 + 2 * n
}

/**
 * Runs until BKPT, lock-up or sleep, at most `limit` steps. With `clock`,
 * SysTick counts a cycle per step, and a sleeping core waits for it.
 */
export function run(cpu: Cpu, limit = 1_000_000, clock = false): StepOutcome {
  for (let i = 0; i < limit; i++) {
    const outcome = cpu.step()
    if (clock) cpu.advanceClock(1)
    if (outcome.kind !== 'executed' && !(clock && outcome.kind === 'sleeping')) return outcome
  }
  throw new Error(`no BKPT within ${limit} steps (pc 0x${cpu.r[15].toString(16)})`)
}
