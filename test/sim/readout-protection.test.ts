// Readout protection on the virtual chips (RM0008 §2.3.4, RM0090 §3.7.3,
// RM0440 §3.5.1, RM0455): after lock and an option-byte load (F1, F4: a
// reset; G4: OBL_LAUNCH; H7: the OPTSTART that programs them) the debugger
// cannot read flash; unlock erases it.
import { describe, expect, it } from 'vitest'
import { pattern } from '../support/images.js'
import { FALLBACKS } from './support/firmware.js'
import { imageFile, readBank } from './support/flash.js'
import { halted, scratchDirectory } from './support/session.js'

const KIB = 1024

describe.each([
  { chip: 'stm32f103', driver: 'stm32f1x', loadOptions: [], atOnce: false },
  { chip: 'stm32f407', driver: 'stm32f2x', loadOptions: [], atOnce: false },
  {
    chip: 'stm32g431',
    driver: 'stm32l4x',
    loadOptions: ['stm32l4x option_load 0'],
    atOnce: false,
  },
  { chip: 'stm32h7a3', driver: 'stm32h7x', loadOptions: [], atOnce: true },
] as const)('readout protection on the virtual $chip', ({ chip, driver, loadOptions, atOnce }) => {
  it('blocks debug reads of flash after lock and option load; unlock mass-erases', async () => {
    const { ocd } = await halted({ chip })
    const dir = scratchDirectory()
    const image = pattern(4 * KIB, 51)
    await ocd.ok(`flash write_image erase ${imageFile(dir, 'app.bin', image)} 0x08000000`)

    await ocd.ok(`${driver} lock 0`)
    // Not before the option bytes are loaded again.
    if (!atOnce) expect(await readBank(ocd, dir, 0, 16)).toEqual(image.subarray(0, 16))
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

describe('the option sequence of readout protection', () => {
  const G4_OPTR = 'mdw 0x40022020'
  const G4_OPTION_BYTES = 'mdw 0x1fff7800 2'

  it('G431: lock and unlock rewrite OPTR RDP; the mass erase comes at OPTSTRT, level 0 at the load', async () => {
    const { ocd } = await halted({ chip: 'stm32g431' })
    const dir = scratchDirectory()
    await ocd.ok(
      `flash write_image erase ${imageFile(dir, 'app.bin', pattern(2 * KIB, 9))} 0x0801f800`,
    )
    await ocd.ok('stm32l4x lock 0')
    // OPTSTRT stored RDP 0x00 and its complement; OPTR shows what was written.
    expect(await ocd.ok(G4_OPTION_BYTES)).toContain('ffeff800 001007ff')
    expect(await ocd.ok(G4_OPTR)).toContain('ffeff800')
    await ocd.ok('stm32l4x option_load 0')
    await ocd.ok('reset halt')
    expect(await ocd.ok('flash info 0')).toContain('RDP level 1 (0x00)')
    expect(await ocd.fails('mdw 0x0801f800')).toContain('Failed to read memory')

    await ocd.ok('stm32l4x unlock 0')
    expect(await ocd.ok(G4_OPTION_BYTES)).toContain('ffeff8aa 00100755')
    // A plain reset does not load the option bytes: still level 1, flash out of reach.
    await ocd.ok('reset halt')
    expect(await ocd.ok(G4_OPTR)).toContain('ffeff800')
    expect(await ocd.fails('mdw 0x0801f800')).toContain('Failed to read memory')
    await ocd.ok('stm32l4x option_load 0')
    await ocd.ok('reset halt')
    expect(await ocd.ok(G4_OPTR)).toContain('ffeff8aa')
    // The mass erase reached the last page too.
    expect(await readBank(ocd, dir, 0x1f800, 2 * KIB)).toEqual(Buffer.alloc(2 * KIB, 0xff))
  })

  it('H7A3: lock is in force at once through OPTSR_CUR; unlock erases both banks; level 2 refuses changes', async () => {
    const { ocd } = await halted({ chip: 'stm32h7a3' })
    const dir = scratchDirectory()
    const image = imageFile(dir, 'app.bin', pattern(8 * KIB, 5))
    await ocd.ok(`flash write_image erase ${image} 0x08000000`)
    await ocd.ok(`flash write_image erase ${image} 0x08100000`)
    expect(await ocd.ok('stm32h7x lock 0')).toContain('stm32h7x locked')
    // RDP (bits 15:8) 0x00 in OPTSR_CUR and OPTSR_PRG.
    expect(await ocd.ok('mdw 0x5200201c 2')).toContain('000300f0 000300f0')
    expect(await ocd.fails('mdw 0x08000000')).toContain('Failed to read memory')
    expect(await ocd.fails('mdw 0x08100000')).toContain('Failed to read memory')

    expect(await ocd.ok('stm32h7x unlock 0')).toContain('stm32h7x unlocked')
    expect(await ocd.ok('mdw 0x5200201c')).toContain('0003aaf0')
    for (const bank of ['0x08000000', '0x08100000'])
      expect(await ocd.ok(`mdw ${bank} 2`)).toContain('ffffffff ffffffff')

    // Level 2 (0xCC) through the option registers, as firmware would set it.
    await ocd.ok('mww 0x52002008 0x08192a3b')
    await ocd.ok('mww 0x52002008 0x4c5d6e7f')
    await ocd.ok('mww 0x52002020 0x0003ccf0')
    await ocd.ok('mww 0x52002018 0x2') // OPTSTART
    // OPT_BUSY (bit 0) at the first read, then level 2 in force.
    expect(await ocd.ok('mdw 0x5200201c')).toContain('0003ccf1')
    expect(await ocd.fails('mdw 0x08000000')).toContain('Failed to read memory')
    expect(await ocd.fails('stm32h7x unlock 0')).toContain(
      'error changing option bytes (OPTCHANGEERR=1)',
    )
    expect(await ocd.ok('mdw 0x5200201c')).toContain('4003ccf0')
    await ocd.ok('mww 0x52002024 0x40000000') // OPTCCR: clear OPTCHANGEERR
    expect(await ocd.ok('mdw 0x5200201c')).toContain('0003ccf0')
  })
})
