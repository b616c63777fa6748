// The stock target configs' flash paths on both chips: OpenOCD runs its
// flash loaders, CRC and blank-check algorithms on the simulated core, and
// never falls back to plain memory accesses.
import { describe, expect, it } from 'vitest'
import { pattern } from '../support/images.js'
import { FALLBACKS, firmware, register } from './support/firmware.js'
import { imageFile, readBank } from './support/flash.js'
import { halted, scratchDirectory } from './support/session.js'

const FLASH = 0x08000000
const KIB = 1024

describe.each([
  { chip: 'stm32f103', cpu: 'stm32f1x.cpu', size: 8 * KIB, sectorAfter: 8 },
  { chip: 'stm32f407', cpu: 'stm32f4x.cpu', size: 32 * KIB, sectorAfter: 2 },
  { chip: 'stm32g431', cpu: 'stm32g4x.cpu', size: 8 * KIB, sectorAfter: 4 },
] as const)('virtual $chip, stock config', ({ chip, cpu, size, sectorAfter }) => {
  it('writes with the loader, verifies with the on-target CRC and blank-checks on the target', async () => {
    const { ocd } = await halted({ chip })
    const dir = scratchDirectory()
    const image = pattern(size, 41)
    const file = imageFile(dir, 'app.bin', image)

    expect(await ocd.ok(`flash write_image erase ${file} ${FLASH}`)).toContain(
      `wrote ${size} bytes`,
    )
    expect(await ocd.ok(`flash verify_image ${file} ${FLASH}`)).toContain(`verified ${size} bytes`)
    expect(await ocd.ok(`verify_image_checksum ${file} ${FLASH}`)).toContain(
      `verified ${size} bytes`,
    )
    expect(await readBank(ocd, dir, 0, size)).toEqual(image)

    // One byte changed: the on-target CRC sees it.
    const changed = Buffer.from(image)
    changed[size - 3] ^= 0x10
    const other = imageFile(dir, 'other.bin', changed)
    expect(await ocd.fails(`verify_image_checksum ${other} ${FLASH}`)).toMatch(
      /checksum mismatch/iu,
    )

    const check = await ocd.ok(`flash erase_check 0`)
    expect(check).toMatch(new RegExp(`#\\s*0: .* not erased`, 'u'))
    expect(check).not.toMatch(new RegExp(`#\\s*${sectorAfter}: .* not erased`, 'u'))
    expect(ocd.output).not.toMatch(FALLBACKS)
    // The algorithms ended at their BKPT: the core is halted, not left running.
    expect(await ocd.ok(`${cpu} curstate`)).toBe('halted')
  })

  it('steps one instruction and stays halted; a hardware breakpoint halts a run', async () => {
    const { ocd } = await halted({ chip })
    const counter = firmware(chip, 'counter')
    await ocd.ok(`flash write_image erase ${counter.elf}`)
    await ocd.ok('reset halt')
    const reset = counter.symbol('Reset_Handler').address
    expect(register(await ocd.ok('reg pc'))).toBe(reset & ~1)
    await ocd.ok('step')
    expect(await ocd.ok(`${cpu} curstate`)).toBe('halted')
    expect(register(await ocd.ok('reg pc'))).toBe((reset & ~1) + 2)

    const main = counter.symbol('main').address & ~1
    await ocd.ok(`bp ${main} 2 hw`)
    await ocd.ok('resume')
    await ocd.ok('wait_halt 30000')
    expect(register(await ocd.ok('reg pc'))).toBe(main)
    expect(await ocd.ok(`${cpu} curstate`)).toBe('halted')
  })
})
