// End-to-end: C compiled by arm-none-eabi-gcc -O2 (programs/build) runs from reset to its BKPT.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSystem, run, SRAM } from './harness.js'

const EXPECTED = [
  0xcbf43926, 0xe666c819, 0x1644931d, 0x00035c0c, 0xe034d82c, 0x63d84604, 0x01d1a3e2, 0x262, 12,
]

describe.each(['cortex-m3', 'cortex-m4'])('compute.c built for %s', (cpu) => {
  it('copies .data, zeroes .bss, runs main and returns its result', () => {
    const image = readFileSync(new URL(`programs/compute-${cpu}.bin`, import.meta.url))
    const system = createSystem(image)
    // Garbage where .bss lives, to prove the reset handler zeroes it.
    system.sram.bytes.fill(0xa5)
    const outcome = run(system.cpu)
    expect(outcome).toEqual({ kind: 'breakpoint', imm: 0 })
    const symbols = JSON.parse(
      readFileSync(new URL(`programs/compute-${cpu}.symbols.json`, import.meta.url), 'utf8'),
    ) as Record<string, string>
    const results = EXPECTED.map((_, i) =>
      system.sram.bytes.readUInt32LE(Number(symbols.results) - SRAM + 4 * i),
    )
    expect(results.map((v) => v.toString(16))).toEqual(EXPECTED.map((v) => v.toString(16)))
    expect(system.cpu.r[0]).toBe(0xcbf43b44)
  })
})

describe.each(['cortex-m3', 'cortex-m4'])('interrupts.c built for %s', (cpu) => {
  it('takes SysTick from WFI, PendSV, SVC and an IRQ from STIR, then a divide-by-zero HardFault it can read', () => {
    const image = readFileSync(new URL(`programs/interrupts-${cpu}.bin`, import.meta.url))
    const symbols = JSON.parse(
      readFileSync(new URL(`programs/interrupts-${cpu}.symbols.json`, import.meta.url), 'utf8'),
    ) as Record<string, string>
    const system = createSystem(image)
    const variable = (name: string): number =>
      system.sram.bytes.readUInt32LE(Number(symbols[name]) - SRAM)
    expect(run(system.cpu, 1_000_000, true)).toEqual({ kind: 'breakpoint', imm: 3 })
    expect(variable('ticks')).toBe(5)
    expect(variable('pendsv')).toBe(1)
    expect(variable('svc_number')).toBe(42)
    expect(variable('irq')).toBe(105)
    // UsageFault is disabled, so DIVBYZERO escalates: CFSR.DIVBYZERO, HFSR.FORCED.
    expect(variable('fault_cfsr')).toBe(1 << 25)
    expect(variable('fault_hfsr')).toBe(1 << 30)
    const divide = Number(symbols.divide) & ~1
    expect(variable('fault_pc')).toBeGreaterThanOrEqual(divide)
    expect(variable('fault_pc')).toBeLessThan(divide + 8)
    expect(system.cpu.currentException).toBe(3)
  })
})
