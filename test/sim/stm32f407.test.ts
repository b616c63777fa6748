// The real openocd against the virtual STM32F407 (target/stm32f4x.cfg, stm32f2x driver).
import { describe, expect, it } from 'vitest'
import { halted } from './support/session.js'

describe('virtual STM32F407', () => {
  it('has the FPU registers of a Cortex-M4F', async () => {
    const { ocd } = await halted({ chip: 'stm32f407' })
    expect(await ocd.ok('reg fpscr')).toContain('fpscr (/32): 0x00000000')
    expect(await ocd.ok('reg d15')).toContain('d15 (/64): 0x0000000000000000')
  })

  it('has a main bank of 4 x 16, 64 and 7 x 128 KiB sectors, and an OTP bank', async () => {
    const { ocd } = await halted({ chip: 'stm32f407' })
    const info = await ocd.ok('flash info 0')
    const sizes = [
      ...info.matchAll(/^\t#\s*\d+: 0x[0-9a-f]+ \(0x[0-9a-f]+ (\d+)kB\) not protected$/gmu),
    ].map((m) => Number(m[1]))
    expect(sizes).toEqual([16, 16, 16, 16, 64, 128, 128, 128, 128, 128, 128, 128])
    expect(info).toContain('STM32F4xx - Rev: 1')
    expect(await ocd.ok('flash info 1')).toMatch(/#1 : stm32f2x at 0x1fff7800, size 0x00000200/u)
    // The sizes show once the banks have been probed (flash info does that).
    const banks = await ocd.ok('flash banks')
    expect(banks).toContain('#0 : stm32f4x.flash (stm32f2x) at 0x08000000, size 0x00100000')
    expect(banks).toContain('#1 : stm32f4x.otp (stm32f2x) at 0x1fff7800, size 0x00000200')
  })

  it('write-protects sectors through the option bytes; a protected sector refuses erase', async () => {
    const { ocd } = await halted({ chip: 'stm32f407' })
    expect(await ocd.ok('flash protect 0 1 2 on')).toContain(
      'set protection for sectors 1 through 2',
    )
    // OpenOCD reads FLASH_OPTCR, which shows the new option bytes at once.
    expect(await ocd.ok('flash info 0')).toMatch(/#\s+1: 0x00004000 \(0x4000 16kB\) protected/u)
    expect(await ocd.ok('mdw 0x40023c14')).toContain('0x40023c14: 0ff9aaed')
    await ocd.ok('reset halt')
    expect(await ocd.ok('flash info 0')).toMatch(/#\s+2: 0x00008000 \(0x4000 16kB\) protected/u)

    expect(await ocd.fails('flash erase_sector 0 2 2')).toContain('stm32x device protected')
    await ocd.ok('flash erase_sector 0 3 3')

    await ocd.ok('flash protect 0 1 2 off')
    await ocd.ok('reset halt')
    expect(await ocd.ok('flash info 0')).not.toMatch(/\) protected/u)
    await ocd.ok('flash erase_sector 0 2 2')
  })
})
