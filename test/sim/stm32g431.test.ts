// The real openocd against the virtual STM32G431KB (target/stm32g4x.cfg,
// stm32l4x driver): geometry, the WRP areas and the option-byte load,
// double-word programming and its errors, OTP, and every fault kind with
// the controller's own error bits.
import { describe, expect, it } from 'vitest'
import { pattern } from '../support/images.js'
import { imageFile } from './support/flash.js'
import type { OpenOcd } from './support/openocd.js'
import { halted, scratchDirectory } from './support/session.js'

const FLASH = 0x08000000
const KIB = 1024
const FLASH_KEYR = 0x40022008
const FLASH_SR = 0x40022010
const FLASH_CR = 0x40022014

const SR_BSY = 1 << 16

/** FLASH_SR without BSY, which the first read after each operation shows. */
async function sr(ocd: OpenOcd): Promise<number> {
  return parseInt((await ocd.ok(`mdw ${FLASH_SR}`)).split(': ')[1], 16) & ~SR_BSY
}

/** Unlocks CR with the two keys and sets PG, as a program would. */
async function startProgramming(ocd: OpenOcd): Promise<void> {
  await ocd.ok(`mww ${FLASH_KEYR} 0x45670123`)
  await ocd.ok(`mww ${FLASH_KEYR} 0xcdef89ab`)
  await ocd.ok(`mww ${FLASH_CR} 0x1`)
}

describe('virtual STM32G431KB', () => {
  it('probes as a single-bank G43x: 64 pages of 2 KiB, and 1 KiB of OTP', async () => {
    const { ocd } = await halted({ chip: 'stm32g431' })
    const info = await ocd.ok('flash info 0')
    const pages = [...info.matchAll(/^\t#\s*(\d+): 0x[0-9a-f]+ \(0x800 2kB\) not protected$/gmu)]
    expect(pages.map((m) => Number(m[1]))).toEqual([...Array(64).keys()])
    expect(info).toContain('STM32G43/G44xx - Rev Z : 0x2001 - Flash single-bank')
    expect(ocd.output).toContain('device idcode = 0x20016468 (STM32G43/G44xx - Rev Z : 0x2001)')
    expect(await ocd.ok('flash info 1')).toMatch(/#1 : stm32l4x at 0x1fff7000, size 0x00000400/u)
  })

  it('write-protects WRP areas through the option bytes, in force from the next option-byte load', async () => {
    const { ocd } = await halted({ chip: 'stm32g431' })
    expect(await ocd.ok('flash protect 0 0 1 on')).toContain(
      'set protection for sectors 0 through 1',
    )
    // WRP1AR reads the new area at once (START 0, END 1); OPTSTRT stored it.
    expect(await ocd.ok('mdw 0x4002202c')).toContain('0x4002202c: 00010000')
    expect(await ocd.ok('mdw 0x1fff7818 2')).toContain('0x1fff7818: 00010000 fffeffff')
    // The areas in force are those loaded at the last option-byte load: a
    // system reset is not one, and sets the registers back to them.
    await ocd.ok('flash erase_sector 0 1 1')
    await ocd.ok('reset halt')
    expect(await ocd.ok('mdw 0x4002202c')).toContain('0x4002202c: 0000003f')
    await ocd.ok('flash erase_sector 0 1 1')
    // OBL_LAUNCH loads them (and resets the core).
    expect(await ocd.ok('stm32l4x option_load 0')).toContain('option load completed')
    await ocd.ok('reset halt')
    expect(await ocd.fails('flash erase_sector 0 1 1')).toContain('stm32x device protected')
    expect(await ocd.ok('stm32l4x wrp_info 0')).toContain('protected areas: [0,1]')
    await ocd.ok('flash erase_sector 0 2 2')

    await ocd.ok('flash protect 0 0 1 off')
    await ocd.ok('stm32l4x option_load 0')
    await ocd.ok('reset halt')
    await ocd.ok('flash erase_sector 0 0 1')
    expect(await ocd.ok('stm32l4x wrp_info 0')).toContain('no protected areas')
  })

  it('programs double words: misaligned, sub-word, PG-less and repeated writes set their error bits', async () => {
    const { ocd } = await halted({ chip: 'stm32g431' })
    // PGSERR: a flash write without PG.
    await ocd.ok(`mww ${FLASH} 0x12345678`)
    expect(await sr(ocd)).toBe(0x80)
    await ocd.ok(`mww ${FLASH_SR} 0xffffffff`) // write 1 to clear
    expect(await sr(ocd)).toBe(0)

    await startProgramming(ocd)
    // PGAERR: the first word of a double word at an odd word.
    await ocd.ok(`mww ${FLASH + 4} 0x11111111`)
    expect(await sr(ocd)).toBe(0x20)
    // PGSERR while an earlier programming error is pending.
    await ocd.ok(`mww ${FLASH} 0x11111111`)
    expect(await sr(ocd)).toBe(0xa0)
    await ocd.ok(`mww ${FLASH_SR} 0xa0`)
    // SIZERR: a halfword.
    await ocd.ok(`mwh ${FLASH} 0x1111`)
    expect(await sr(ocd)).toBe(0x40)
    await ocd.ok(`mww ${FLASH_SR} 0x40`)

    // Two words of one double word program it.
    await ocd.ok(`mww ${FLASH} 0x11111111`)
    expect(await ocd.ok(`mdw ${FLASH}`)).toContain('ffffffff') // waits for the second word
    await ocd.ok(`mww ${FLASH + 4} 0x22222222`)
    expect(await sr(ocd)).toBe(0)
    expect(await ocd.ok(`mdw ${FLASH} 2`)).toContain(`${FLASH.toString(16)}: 11111111 22222222`)
    // PROGERR: programming it again, unless with zeros.
    await ocd.ok(`mww ${FLASH} 0x01010101`)
    await ocd.ok(`mww ${FLASH + 4} 0x02020202`)
    expect(await sr(ocd)).toBe(0x08)
    await ocd.ok(`mww ${FLASH_SR} 0x08`)
    await ocd.ok(`mww ${FLASH} 0`)
    await ocd.ok(`mww ${FLASH + 4} 0`)
    expect(await sr(ocd)).toBe(0)
    expect(await ocd.ok(`mdw ${FLASH} 2`)).toContain(': 00000000 00000000')
  })

  it('writes OTP once, with the driver enabled for it; a second write fails with PROGERR', async () => {
    const { ocd } = await halted({ chip: 'stm32g431' })
    const file = imageFile(scratchDirectory(), 'otp.bin', pattern(64, 3))
    expect(await ocd.fails(`flash write_bank 1 ${file} 0`)).toContain(
      'OTP memory is disabled for write commands',
    )
    await ocd.ok('stm32l4x otp 1 enable')
    await ocd.ok(`flash write_bank 1 ${file} 0`)
    expect(await ocd.ok(`flash verify_bank 1 ${file} 0`)).toContain('contents match')
    expect(await ocd.fails(`flash write_bank 1 ${file} 0`)).toContain(
      'flash write failed = 00000008',
    )
    expect(await ocd.fails('flash erase_sector 1 0 0')).toContain('cannot erase OTP memory')
  })
})

describe('virtual STM32G431KB faults', () => {
  it('erase-fail: that page keeps its contents and the erase fails (OPERR); others erase', async () => {
    const { ocd } = await halted({ chip: 'stm32g431', faults: ['erase-fail:sector=3'] })
    const file = imageFile(scratchDirectory(), 'a.bin', pattern(4 * KIB, 1))
    await ocd.ok(`flash write_bank 0 ${file} ${2 * 2 * KIB}`)
    expect(await ocd.fails('flash erase_sector 0 2 3')).toContain('failed erasing sectors 2 to 3')
    expect(await ocd.ok(`mdw ${FLASH + 0x1000}`)).toContain(': ffffffff')
    expect(await ocd.ok(`mdw ${FLASH + 0x1800}`)).not.toContain(': ffffffff')
    expect(await ocd.fails('stm32l4x mass_erase 0')).toContain('mass erase failed')
  })

  it('program-fail: the loader stops at PROGERR and OpenOCD names the bit', async () => {
    const { ocd } = await halted({ chip: 'stm32g431', faults: ['program-fail:addr=0x08001104'] })
    const file = imageFile(scratchDirectory(), 'a.bin', pattern(2 * KIB, 2))
    const failed = await ocd.fails(`flash write_image erase ${file} ${FLASH + 4 * KIB}`)
    expect(failed).toContain('flash write failed = 00000008')
    // The double words before it are programmed, that one is not.
    expect(await ocd.ok(`mdw ${FLASH + 0x10f8} 4`)).toMatch(
      /: [0-9a-f]{8} [0-9a-f]{8} ffffffff ffffffff/u,
    )
  })

  it('stuck-bits: programming succeeds, verification fails at that address', async () => {
    const image = pattern(2 * KIB, 3)
    image[0x10] = 0xff
    const { ocd } = await halted({
      chip: 'stm32g431',
      faults: ['stuck-bits:addr=0x08000010,mask=0x01'],
    })
    const file = imageFile(scratchDirectory(), 'app.bin', image)
    await ocd.ok(`flash write_image erase ${file} ${FLASH}`)
    expect(await ocd.fails(`flash verify_bank 0 ${file} 0`)).toContain(
      'diff 0 address 0x00000010. Was 0xfe instead of 0xff',
    )
  })

  it('disconnect: after N programmed bytes the target stops answering', async () => {
    const { ocd } = await halted({ chip: 'stm32g431', faults: ['disconnect:after-bytes=1K'] })
    const file = imageFile(scratchDirectory(), 'app.bin', pattern(4 * KIB, 4))
    const failed = await ocd.fails(`flash write_image erase ${file} ${FLASH}`)
    expect(failed).toContain('error writing to flash')
    await ocd.fails('mdw 0x08000000') // still gone
  })

  it('slow: an erase that stays busy too long times out', async () => {
    const { ocd } = await halted({ chip: 'stm32g431', faults: ['slow:ms=20000,op=erase'] })
    const file = imageFile(scratchDirectory(), 'a.bin', pattern(KIB, 5))
    await ocd.ok(`flash write_bank 0 ${file} 0`)
    expect(await ocd.fails('flash erase_sector 0 0 0')).toContain('timed out waiting for flash')
  })

  it('slow: programming that stays busy too long makes OpenOCD give up on the loader', async () => {
    const { ocd } = await halted({ chip: 'stm32g431', faults: ['slow:ms=5000,op=program'] })
    const file = imageFile(scratchDirectory(), 'a.bin', pattern(KIB, 6))
    expect(await ocd.fails(`flash write_bank 0 ${file} 0`)).toContain(
      'error waiting for target flash write algorithm',
    )
  })
})
