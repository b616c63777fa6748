// Both virtual chips under the real openocd: init, the three kinds of
// reset, halt, and shutdown.
import { describe, expect, it } from 'vitest'
import { firmware } from './support/firmware.js'
import { halted, openocd, virtualTarget } from './support/session.js'

describe.each([
  {
    chip: 'stm32f103',
    cpu: 'stm32f1x.cpu',
    found: { jtag: 'tap/device found: 0x3ba00477', swd: 'SWD DPIDR 0x1ba01477' },
    core: 'Cortex-M3 r1p1',
  },
  {
    chip: 'stm32f407',
    cpu: 'stm32f4x.cpu',
    found: { jtag: 'tap/device found: 0x4ba00477', swd: 'SWD DPIDR 0x2ba01477' },
    core: 'Cortex-M4 r0p1',
  },
] as const)('virtual $chip', ({ chip, cpu, found, core }) => {
  it('initialises cleanly, and halts at the reset vector on reset halt and reset init', async () => {
    const target = await virtualTarget({ chip })
    const ocd = await openocd(target)
    // The debug port's ID as OpenOCD reads it over the transport in use.
    expect(ocd.output).toContain(found[target.transport])
    expect(ocd.output).toContain(`${core} processor detected`)
    for (const command of ['reset halt', 'reset init']) {
      const out = await ocd.ok(command)
      expect(out).toContain('halted due to debug-request')
      // Erased flash: the vector table reads all ones.
      expect(out).toContain('pc: 0xfffffffe msp: 0xfffffffc')
      expect(await ocd.ok(`${cpu} curstate`)).toBe('halted')
    }
    // No IDCODE warnings. A blank chip locks up at power-on, as silicon does
    // (its reset vector is 0xFFFFFFFF); OpenOCD 0.12.0 halts it out of lock-up
    // once at its first poll; later builds leave the state unknown until a
    // poll, and `reset halt` comes first. Never more than once.
    expect(ocd.output).not.toMatch(/UNEXPECTED/u)
    expect(
      (ocd.output.match(/clearing lockup after double fault/gu) ?? []).length,
    ).toBeLessThanOrEqual(1)
  })

  it('runs after reset run, and halts again on request', async () => {
    const { ocd } = await halted({ chip })
    await ocd.ok(`flash write_image erase ${firmware(chip, 'counter').elf}`)
    await ocd.ok('reset run')
    // OpenOCD 0.12 ignores a halt until it has polled twice after reset run.
    await ocd.ok('poll')
    await ocd.ok('poll')
    expect(await ocd.ok(`${cpu} curstate`)).toBe('running')
    await ocd.ok('halt')
    expect(await ocd.ok(`${cpu} curstate`)).toBe('halted')
  })

  it('answers an unmapped address with a bus fault, then carries on', async () => {
    const { ocd } = await halted({ chip })
    expect(await ocd.fails('mdw 0x30000000')).toContain('Failed to read memory at 0x30000000')
    await ocd.ok('mww 0x20000010 0xcafef00d')
    expect(await ocd.ok('mdw 0x20000010')).toContain('0x20000010: cafef00d')
  })

  it('shuts down on request', async () => {
    const ocd = await openocd(await virtualTarget({ chip }))
    await ocd.rpc('shutdown').catch(() => undefined) // the reply may be lost as openocd exits
    expect(await ocd.exited).toBe(0)
    expect(ocd.output).toContain('remote_bitbang interface quit')
  })
})
