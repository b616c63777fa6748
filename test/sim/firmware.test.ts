// Firmware built from firmware/ runs on both virtual chips: `program …
// verify reset exit` leaves it running, its counter advances, and a
// deliberate bus fault ends in HardFault with the fault status readable.
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { regScript } from '../../src/openocd/core-state.js'
import { openocdArgs } from '../../src/sim/index.js'
import { FALLBACKS, firmware, register, word } from './support/firmware.js'
import { halted, openocd, virtualTarget } from './support/session.js'

const CFSR = 0xe000ed28
const HFSR = 0xe000ed2c
const BFAR = 0xe000ed38
const PRECISERR = 1 << 9
const BFARVALID = 1 << 15
const HFSR_FORCED = 1 << 30
const HARD_FAULT = 3

/** Reads a word until `until` holds; the core runs meanwhile. */
async function watch(
  read: () => Promise<number>,
  until: (value: number) => boolean,
): Promise<number> {
  for (let i = 0; i < 2000; i++) {
    const value = await read()
    if (until(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('the condition never held')
}

describe.each([
  { chip: 'stm32f103', cpu: 'stm32f1x.cpu' },
  { chip: 'stm32f407', cpu: 'stm32f4x.cpu' },
  { chip: 'stm32g431', cpu: 'stm32g4x.cpu' },
] as const)('firmware on the virtual $chip', ({ chip, cpu }) => {
  it('is programmed by `program … verify reset exit` and counts after it', async () => {
    const target = await virtualTarget({ chip })
    const counter = firmware(chip, 'counter')
    const args = [
      ...openocdArgs(target.openocdConfig()),
      ...['-c', 'gdb_port disabled', '-c', 'tcl_port disabled', '-c', 'telnet_port disabled'],
      ...['-c', `program ${counter.elf} verify reset exit`],
    ]
    const program = spawn('openocd', args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let log = ''
    program.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => program.once('exit', resolve))
    expect(code, log).toBe(0)
    expect(log).toContain('** Verified OK **')
    expect(log).toContain('** Resetting Target **')
    expect(log).not.toMatch(FALLBACKS)

    // A new OpenOCD attaches to the running core without resetting it.
    const ocd = await openocd(target)
    const address = counter.symbol('counter').address
    const read = async () => word(await ocd.ok(`mdw ${address}`))
    const first = await watch(read, (value) => value > 0)
    await watch(read, (value) => value > first)
    // Upstream after 0.12.0 reads `unknown` until the target's first poll.
    await ocd.ok(`${cpu} arp_poll`)
    expect(await ocd.ok(`${cpu} curstate`)).toBe('running')
  })

  it('counts after reset run, and the count stops while halted', async () => {
    const { ocd } = await halted({ chip })
    const counter = firmware(chip, 'counter')
    await ocd.ok(`flash write_image erase ${counter.elf}`)
    await ocd.ok('reset run')
    const address = counter.symbol('counter').address
    const read = async () => word(await ocd.ok(`mdw ${address}`))
    const first = await watch(read, (value) => value > 0)
    await watch(read, (value) => value > first)
    await ocd.ok('halt')
    const stopped = await read()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await read()).toBe(stopped)
  })

  it('ends a deliberate bus fault in HardFault, with CFSR, BFAR and the stacked PC readable', async () => {
    const { ocd } = await halted({ chip })
    const fault = firmware(chip, 'fault')
    await ocd.ok(`flash write_image erase ${fault.elf}`)
    await ocd.ok(`${cpu} cortex_m vector_catch hard_err`)
    await ocd.ok('reset run')
    // The vector catch halts the core on HardFault entry (DEMCR.VC_HARDERR).
    await ocd.ok('wait_halt 30000')
    expect(await ocd.ok('reg pc')).toContain(
      `0x${(fault.symbol('Default_Handler').address & ~1).toString(16).padStart(8, '0')}`,
    )
    expect(await ocd.ok(`${cpu} curstate`)).toBe('halted')
    expect(word(await ocd.ok('mdw ' + fault.symbol('counter').address))).toBe(100)
    expect(register(await ocd.ok(regScript('xPSR'))) & 0x1ff).toBe(HARD_FAULT)

    const cfsr = word(await ocd.ok(`mdw ${CFSR}`))
    expect(cfsr & (PRECISERR | BFARVALID)).toBe(PRECISERR | BFARVALID)
    expect(word(await ocd.ok(`mdw ${BFAR}`))).toBe(0x30000000)
    expect(word(await ocd.ok(`mdw ${HFSR}`)) & HFSR_FORCED).toBe(HFSR_FORCED)

    const sp = register(await ocd.ok('reg msp'))
    const stackedPc = word(await ocd.ok(`mdw ${sp + 24}`))
    const readNowhere = fault.symbol('read_nowhere')
    expect(stackedPc).toBeGreaterThanOrEqual(readNowhere.address & ~1)
    expect(stackedPc).toBeLessThan((readNowhere.address & ~1) + readNowhere.size)

    // Without the catch the handler runs: the core spins in it, in handler mode.
    await ocd.ok(`${cpu} cortex_m vector_catch none`)
    await ocd.ok('resume')
    await ocd.ok('halt')
    expect(register(await ocd.ok(regScript('xPSR'))) & 0x1ff).toBe(HARD_FAULT)
    const handler = fault.symbol('Default_Handler').address & ~1
    expect(register(await ocd.ok('reg pc'))).toBe(handler)
  })
})
