// Injected faults: for each, the real openocd must report an error, and
// report it promptly rather than hang.
import { describe, expect, it } from 'vitest'
import { pattern } from '../support/images.js'
import { imageFile } from './support/flash.js'
import { halted, scratchDirectory } from './support/session.js'

const FLASH = 0x08000000
const KIB = 1024

describe('virtual target faults', () => {
  it('erase-fail: erasing that F1 page fails, and so does a mass erase; other pages erase', async () => {
    const { ocd } = await halted({ chip: 'stm32f103', faults: ['erase-fail:sector=3'] })
    await ocd.ok('flash erase_sector 0 2 2')
    expect(await ocd.fails('flash erase_sector 0 3 3')).toContain(
      'stm32x device programming failed / flash not erased',
    )
    await ocd.fails('stm32f1x mass_erase 0')
  })

  it('erase-fail: erasing that F4 sector fails', async () => {
    const { ocd } = await halted({ chip: 'stm32f407', faults: ['erase-fail:sector=1'] })
    await ocd.ok('flash erase_sector 0 0 0')
    expect(await ocd.fails('flash erase_sector 0 1 1')).toContain('failed erasing sectors 1 to 1')
  })

  it('program-fail: writing over that F1 address fails; the halfwords before it are programmed', async () => {
    const { ocd } = await halted({ chip: 'stm32f103', faults: ['program-fail:addr=0x08000402'] })
    const file = imageFile(scratchDirectory(), 'app.bin', pattern(2 * KIB, 21))
    expect(await ocd.fails(`flash write_image erase ${file} ${FLASH}`)).toContain(
      'stm32x device programming failed',
    )
    // Everything before the failing halfword was programmed.
    expect(await ocd.ok('mdh 0x08000400 2')).toMatch(/^0x08000400: [0-9a-f]{4} ffff/u)
  })

  it('program-fail: that F4 address stays unprogrammed; the loader misses OPERR, verify does not', async () => {
    const { ocd } = await halted({ chip: 'stm32f407', faults: ['program-fail:addr=0x08003f00'] })
    const file = imageFile(scratchDirectory(), 'app.bin', pattern(KIB, 22))
    // OpenOCD 0.12's stm32f2x loader checks PGSERR/PGPERR/PGAERR/WRPERR, not OPERR.
    await ocd.ok(`flash write_image erase ${file} ${FLASH + 15 * KIB}`)
    expect(await ocd.fails(`flash verify_image ${file} ${FLASH + 15 * KIB}`)).toContain(
      'verify failed in bank at 0x08000000',
    )
    expect(await ocd.ok('mdh 0x08003f00')).toContain('0x08003f00: ffff')
  })

  it('stuck-bits: programming succeeds, verification fails at that offset', async () => {
    const image = pattern(KIB, 23)
    image[0x10] = 0xff // so a bit stuck at 0 differs
    const { ocd } = await halted({
      chip: 'stm32f103',
      faults: ['stuck-bits:addr=0x08000010,mask=0x01'],
    })
    const file = imageFile(scratchDirectory(), 'app.bin', image)
    await ocd.ok(`flash write_image erase ${file} ${FLASH}`)
    expect(await ocd.fails(`flash verify_image ${file} ${FLASH}`)).toContain(
      'verify failed in bank at 0x08000000',
    )
    expect(await ocd.fails(`flash verify_bank 0 ${file} 0`)).toContain(
      'diff 0 address 0x00000010. Was 0xfe instead of 0xff',
    )
  })

  it('disconnect: after N programmed bytes the target stops answering and openocd reports it', async () => {
    const { target, ocd } = await halted({
      chip: 'stm32f103',
      faults: ['disconnect:after-bytes=1K'],
    })
    const file = imageFile(scratchDirectory(), 'app.bin', pattern(2 * KIB, 24))
    const failed = await ocd.fails(`flash write_image erase ${file} ${FLASH}`)
    // The line floats high: over JTAG an all-ones ACK, over SWD a bad parity
    // and a DP that no longer answers.
    expect(failed).toContain(
      {
        jtag: 'Invalid ACK (7) in DAP response',
        swd: 'Error connecting DP: cannot read IDR',
      }[target.transport],
    )
    expect(failed).toContain('error writing to flash')
    await ocd.fails('mdw 0x08000000') // still gone
  })

  it('slow: an F1 erase that stays busy too long times out', async () => {
    const { ocd } = await halted({ chip: 'stm32f103', faults: ['slow:ms=20000,op=erase'] })
    expect(await ocd.fails('flash erase_sector 0 1 1')).toContain('timed out waiting for flash')
  })

  it('slow: F4 programming that stays busy too long times out', async () => {
    const { ocd } = await halted({ chip: 'stm32f407', faults: ['slow:ms=5000,op=program'] })
    const file = imageFile(scratchDirectory(), 'app.bin', pattern(KIB, 25))
    // The loader waits on BSY; OpenOCD gives up on the algorithm.
    expect(await ocd.fails(`flash write_image erase ${file} ${FLASH + 15 * KIB}`)).toContain(
      'error waiting for target flash write algorithm',
    )
  })
})
