// Probing, writing, verifying, reading and erasing flash on the virtual
// chips with the real openocd. Every image ends at `end`, the end of an erase sector:
// on the F4, `write_image erase` pads each section up to the end of its sector.
import { describe, expect, it } from 'vitest'
import { parseFlashList } from '../../src/openocd/parse.js'
import { elf, intelHex, pattern } from '../support/images.js'
import { imageFile, readBank } from './support/flash.js'
import { halted, scratchDirectory } from './support/session.js'

const FLASH = 0x08000000
const KIB = 1024
const erased = (length: number) => Buffer.alloc(length, 0xff)

describe.each([
  {
    chip: 'stm32f103',
    probe: ['device id = 0x20036410', 'flash size = 64 KiB'],
    bank: { name: 'stm32f1x.flash', driver: 'stm32f1x', base: FLASH, size: 64 * KIB },
    // 1 KiB pages; page 7 ends at 8 KiB.
    end: 8 * KIB,
    lastSector: 7,
    // Past the 4 KiB work area the stock config gives the flash loader.
    ramOutsideWorkArea: 0x20004000,
    massErase: 'stm32f1x mass_erase 0',
  },
  {
    chip: 'stm32f407',
    probe: ['device id = 0x10076413', 'flash size = 1024 KiB'],
    bank: { name: 'stm32f4x.flash', driver: 'stm32f2x', base: FLASH, size: 1024 * KIB },
    // Sector 1 is 16-32 KiB.
    end: 32 * KIB,
    lastSector: 1,
    // Past the 64 KiB work area.
    ramOutsideWorkArea: 0x20014000,
    massErase: 'stm32f2x mass_erase 0',
  },
  {
    chip: 'stm32g431',
    probe: ['device idcode = 0x20016468', 'flash size = 128 KiB'],
    bank: { name: 'stm32g4x.flash', driver: 'stm32l4x', base: FLASH, size: 128 * KIB },
    // 2 KiB pages; page 3 ends at 8 KiB.
    end: 8 * KIB,
    lastSector: 3,
    // Past the 16 KiB work area.
    ramOutsideWorkArea: 0x20004000,
    massErase: 'stm32l4x mass_erase 0',
  },
] as const)(
  'virtual $chip',
  ({ chip, probe, bank, end, lastSector, massErase, ramOutsideWorkArea }) => {
    it('probes its flash and lists the bank', async () => {
      const { ocd } = await halted({ chip })
      const out = await ocd.ok('flash probe 0')
      for (const line of probe) expect(out).toContain(line)
      // 0.12.0 prints one line with decimal numbers, later builds a block
      // with hex ones (test/openocd/parse.test.ts quotes both).
      expect(parseFlashList(await ocd.ok('flash list'))[0]).toMatchObject(bank)
    })

    it('writes, verifies, reads back and erases a .bin image', async () => {
      const { ocd } = await halted({ chip })
      const dir = scratchDirectory()
      const image = pattern(2 * KIB, 1)
      const file = imageFile(dir, 'app.bin', image)
      const start = end - image.length

      expect(await ocd.ok(`flash write_image erase ${file} ${FLASH + start}`)).toContain(
        'wrote 2048 bytes',
      )
      expect(await ocd.ok(`flash verify_image ${file} ${FLASH + start}`)).toContain(
        'verified 2048 bytes',
      )
      expect(await readBank(ocd, dir, start - 16, image.length + 16)).toEqual(
        Buffer.concat([erased(16), image]),
      )
      expect(await ocd.ok(`flash verify_bank 0 ${file} ${start}`)).toContain('contents match')

      await ocd.ok(`flash erase_sector 0 ${lastSector} ${lastSector}`)
      expect(await readBank(ocd, dir, end - KIB, KIB)).toEqual(erased(KIB))
      expect(await ocd.fails(`flash verify_bank 0 ${file} ${start}`)).toContain('contents differ')
    })

    it('writes and verifies an Intel HEX image with two sections', async () => {
      const { ocd } = await halted({ chip })
      const dir = scratchDirectory()
      const first = pattern(512, 2)
      const second = pattern(KIB, 3)
      const hex = intelHex([
        { address: FLASH + end - 2 * KIB, data: first },
        { address: FLASH + end - KIB, data: second },
      ])
      const file = imageFile(dir, 'app.hex', hex)

      await ocd.ok(`flash write_image erase ${file}`)
      await ocd.ok(`flash verify_image ${file}`)
      const flash = await readBank(ocd, dir, end - 2 * KIB, 2 * KIB)
      expect(flash).toEqual(Buffer.concat([first, erased(512), second]))
    })

    it('writes an ELF image at its load addresses, not at the run address of .data', async () => {
      const { ocd } = await halted({ chip })
      const dir = scratchDirectory()
      const text = pattern(768, 4)
      const data = pattern(256, 5)
      const start = end - text.length - data.length
      const image = elf([
        { address: FLASH + start, data: text },
        { address: FLASH + start + text.length, runAddress: ramOutsideWorkArea, data },
      ])
      const file = imageFile(dir, 'app.elf', image)

      await ocd.ok(`flash write_image erase ${file}`)
      await ocd.ok(`flash verify_image ${file}`)
      const flash = await readBank(ocd, dir, start, text.length + data.length)
      expect(flash).toEqual(Buffer.concat([text, data]))
      expect(await ocd.ok(`mdw ${ramOutsideWorkArea}`)).toBe(
        `0x${ramOutsideWorkArea.toString(16)}: 00000000`,
      )
    })

    it('mass-erases the whole bank', async () => {
      const { ocd } = await halted({ chip })
      const dir = scratchDirectory()
      const file = imageFile(dir, 'app.bin', pattern(KIB, 6))
      await ocd.ok(`flash write_image erase ${file} ${FLASH + end - KIB}`)
      expect(await ocd.ok(massErase)).toMatch(/^stm32(x|l4x) mass erase complete$/u)
      expect(await readBank(ocd, dir, end - KIB, KIB)).toEqual(erased(KIB))
    })
  },
)
