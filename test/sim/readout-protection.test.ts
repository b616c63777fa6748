// Readout protection on both virtual chips (RM0008 §2.3.4, RM0090 §3.7.3):
// after lock and a reset the debugger cannot read flash; unlock erases it.
import { describe, expect, it } from 'vitest'
import { pattern } from '../support/images.js'
import { FALLBACKS } from './support/firmware.js'
import { imageFile, readBank } from './support/flash.js'
import { halted, scratchDirectory } from './support/session.js'

const KIB = 1024

describe.each([
  { chip: 'stm32f103', driver: 'stm32f1x' },
  { chip: 'stm32f407', driver: 'stm32f2x' },
  { chip: 'stm32g431', driver: 'stm32l4x' },
] as const)('readout protection on the virtual $chip', ({ chip, driver }) => {
  it('blocks debug reads of flash after lock and reset; unlock mass-erases', async () => {
    const { ocd } = await halted({ chip })
    const dir = scratchDirectory()
    const image = pattern(4 * KIB, 51)
    await ocd.ok(`flash write_image erase ${imageFile(dir, 'app.bin', image)} 0x08000000`)

    await ocd.ok(`${driver} lock 0`)
    // Not before the option bytes are loaded again, at a reset.
    expect(await readBank(ocd, dir, 0, 16)).toEqual(image.subarray(0, 16))
    await ocd.ok('reset halt')
    expect(await ocd.fails('mdw 0x08000000')).toContain('Failed to read memory')
    expect(await ocd.fails('flash read_bank 0 ' + `${dir}/locked.bin 0 16`)).toMatch(/fail|error/iu)

    await ocd.ok(`${driver} unlock 0`)
    await ocd.ok('reset halt')
    expect(await readBank(ocd, dir, 0, 4 * KIB)).toEqual(Buffer.alloc(4 * KIB, 0xff))
    expect(ocd.output).not.toMatch(FALLBACKS)
  })
})
