// The real openocd against the virtual STM32F103 (target/stm32f1x.cfg, stm32f1x driver).
import { describe, expect, it } from 'vitest'
import { halted, openocd, virtualTarget } from './support/session.js'

const KIB = 1024

describe('virtual STM32F103', () => {
  it('is reachable over TCP on 127.0.0.1 too', async () => {
    const target = await virtualTarget({ chip: 'stm32f103', port: 0 })
    expect(target.endpoint).toEqual({ host: '127.0.0.1', port: expect.any(Number) })
    const ocd = await openocd(target)
    expect(ocd.output).toContain(
      `Connecting to 127.0.0.1:${'port' in target.endpoint ? target.endpoint.port : ''}`,
    )
    expect(await ocd.ok('reset halt')).toContain('halted due to debug-request')
  })

  it('shows 4 KiB protection blocks in flash info, and the 1 KiB pages with "sectors"', async () => {
    const { ocd } = await halted({ chip: 'stm32f103' })
    const info = await ocd.ok('flash info 0')
    const blocks = info.match(/^\t#\s*\d+: 0x[0-9a-f]+ \(0x1000 4kB\) not protected$/gmu) ?? []
    expect(blocks).toHaveLength(16)
    expect(info).toContain('STM32F10x (Medium Density) - Rev: Y')
    const pages =
      (await ocd.ok('flash info 0 sectors')).match(/^\t#\s*\d+: 0x[0-9a-f]+ \(0x400 1kB\)/gmu) ?? []
    expect(pages).toHaveLength(64)
    // The size shows once the bank has been probed (flash info does that).
    expect(await ocd.ok('flash banks')).toContain(
      '#0 : stm32f1x.flash (stm32f1x) at 0x08000000, size 0x00010000',
    )
  })

  it('has 32 protection blocks with 128 KiB of flash', async () => {
    const { ocd } = await halted({ chip: 'stm32f103', flashSize: 128 * KIB })
    expect(await ocd.ok('flash probe 0')).toContain('flash size = 128 KiB')
    expect((await ocd.ok('flash info 0')).match(/\(0x1000 4kB\) not protected/gu)).toHaveLength(32)
  })

  it('applies write protection at the next reset; a protected page refuses erase', async () => {
    const { ocd } = await halted({ chip: 'stm32f103' })
    await ocd.ok('flash protect 0 0 0 on')
    // FLASH_WRPR is loaded from the option bytes only at reset.
    expect(await ocd.ok('flash info 0')).toMatch(/#\s+0: 0x00000000 \(0x1000 4kB\) not protected/u)
    // WRP0 = 0xFE, with the complement the FPEC generated in the high byte.
    expect(await ocd.ok('mdh 0x1ffff808 4')).toContain('0x1ffff808: 01fe 00ff 00ff 00ff')
    await ocd.ok('reset halt')
    expect(await ocd.ok('flash info 0')).toMatch(/#\s+0: 0x00000000 \(0x1000 4kB\) protected/u)

    expect(await ocd.fails('flash erase_sector 0 0 0')).toContain('stm32x device protected')
    expect(await ocd.fails('stm32f1x mass_erase 0')).toContain('stm32x device protected')
    await ocd.ok('flash erase_sector 0 4 4') // block 1 is not protected

    await ocd.ok('flash protect 0 0 0 off')
    await ocd.ok('reset halt')
    expect(await ocd.ok('flash info 0')).not.toMatch(/\) protected/u)
    await ocd.ok('flash erase_sector 0 0 0')
  })
})
