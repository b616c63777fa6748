// Readout protection on the virtual chips (RM0008 §2.3.4, RM0090 §3.7.3,
// RM0440 §3.5.1): after lock and an option-byte load (F1, F4: a reset; G4:
// OBL_LAUNCH) the debugger cannot read flash; unlock erases it.
import { describe, expect, it } from 'vitest'
import { pattern } from '../support/images.js'
import { FALLBACKS } from './support/firmware.js'
import { imageFile, readBank } from './support/flash.js'
import { halted, scratchDirectory } from './support/session.js'

const KIB = 1024

describe.each([
  { chip: 'stm32f103', driver: 'stm32f1x', loadOptions: [] },
  { chip: 'stm32f407', driver: 'stm32f2x', loadOptions: [] },
  { chip: 'stm32g431', driver: 'stm32l4x', loadOptions: ['stm32l4x option_load 0'] },
] as const)('readout protection on the virtual $chip', ({ chip, driver, loadOptions }) => {
  it('blocks debug reads of flash after lock and reset; unlock mass-erases', async () => {
    const { ocd } = await halted({ chip })
    const dir = scratchDirectory()
    const image = pattern(4 * KIB, 51)
    await ocd.ok(`flash write_image erase ${imageFile(dir, 'app.bin', image)} 0x08000000`)

    await ocd.ok(`${driver} lock 0`)
    // Not before the option bytes are loaded again.
    expect(await readBank(ocd, dir, 0, 16)).toEqual(image.subarray(0, 16))
    for (const command of loadOptions) await ocd.ok(command)
    await ocd.ok('reset halt')
    expect(await ocd.fails('mdw 0x08000000')).toContain('Failed to read memory')
    expect(await ocd.fails('flash read_bank 0 ' + `${dir}/locked.bin 0 16`)).toMatch(/fail|error/iu)

    await ocd.ok(`${driver} unlock 0`)
    for (const command of loadOptions) await ocd.ok(command)
    await ocd.ok('reset halt')
    expect(await readBank(ocd, dir, 0, 4 * KIB)).toEqual(Buffer.alloc(4 * KIB, 0xff))
    expect(ocd.output).not.toMatch(FALLBACKS)
  })
})
