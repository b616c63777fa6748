// Every session.flash and session.target method end to end: the real OpenOCD
// against the virtual STM32F103 (and the F407 for its mixed sector sizes).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FlashError, TargetError } from '../../src/openocd/errors.js'
import { VerifyMismatchError } from '../../src/openocd/flash.js'
import { elf, intelHex, pattern } from '../support/images.js'
import { openVirtual, type VirtualSession } from '../support/virtual.js'

const work = mkdtempSync(path.join(os.tmpdir(), 'ofl-flash-'))
const file = (name: string, data: string | Buffer) => {
  const p = path.join(work, name)
  writeFileSync(p, data)
  return p
}

describe('session.flash on a virtual STM32F103', () => {
  let v: VirtualSession
  beforeAll(async () => {
    v = await openVirtual('stm32f103')
  })
  afterAll(async () => {
    await v?.close()
  })

  it('lists banks from flash list', async () => {
    const banks = await v.session.flash.banks()
    expect(banks).toHaveLength(1)
    expect(banks[0]).toMatchObject({
      index: 0,
      name: 'stm32f1x.flash',
      driver: 'stm32f1x',
      base: 0x08000000,
      size: 0x10000,
      target: 'stm32f1x.cpu',
    })
    expect(banks[0].sectors).toEqual([])
  })

  it('gives 1 KiB pages as sectors and 4 KiB protection blocks', async () => {
    const info = await v.session.flash.info(0)
    expect(info.sectors).toHaveLength(64)
    expect(info.sectors[63]).toEqual({ index: 63, offset: 0xfc00, size: 0x400, protected: false })
    expect(info.protectionBlocks).toHaveLength(16)
    expect(info.description).toMatch(/STM32F10x/)
  })

  it('refuses a bank that does not exist', async () => {
    await expect(v.session.flash.info(3)).rejects.toThrow(/no flash bank 3/)
  })

  it('writes raw bytes and reads them back', async () => {
    const data = pattern(256, 1)
    await v.session.flash.eraseSector(0, 8, 8)
    await v.session.flash.write(0, 0x2000, data)
    expect(Buffer.from(await v.session.flash.read(0, 0x2000, 256))).toEqual(data)
  })

  it('erases a sector to 0xFF', async () => {
    await v.session.flash.eraseSector(0, 8, 8)
    expect(Buffer.from(await v.session.flash.read(0, 0x2000, 64))).toEqual(Buffer.alloc(64, 0xff))
  })

  it('validates sector ranges before asking OpenOCD', async () => {
    await expect(v.session.flash.eraseSector(0, 5, 2)).rejects.toThrow(/first must be <= last/)
    await expect(v.session.flash.eraseSector(0, 0, 64)).rejects.toThrow(/has 64 sectors/)
    await expect(v.session.flash.protect(0, 0, 16, true)).rejects.toThrow(/16 protection blocks/)
  })

  it('writes a .bin image at an address and verifies it, and says so when the address is missing', async () => {
    const bin = file('app.bin', pattern(1500, 2))
    await expect(v.session.flash.writeImage(bin)).rejects.toThrow(/needs an address/)
    const result = await v.session.flash.writeImage(bin, { address: 0x08003000 })
    expect(result?.match).toBe(true)
    expect(result?.length).toBe(1500)
  })

  it('writes an Intel HEX image with two sections', async () => {
    const hex = file(
      'two.hex',
      intelHex([
        { address: 0x08004000, data: pattern(300, 3) },
        { address: 0x08004800, data: pattern(100, 4) },
      ]),
    )
    await v.session.flash.writeImage(hex)
    expect(Buffer.from(await v.session.flash.read(0, 0x4800, 100))).toEqual(pattern(100, 4))
  })

  it('writes an ELF at load addresses, not run addresses', async () => {
    const text = pattern(512, 5)
    const data = pattern(64, 6)
    const image = file(
      'app.elf',
      elf([
        { address: 0x08005000, data: text },
        { address: 0x08005200, data, runAddress: 0x20000000 },
      ]),
    )
    await v.session.flash.writeImage(image)
    expect(Buffer.from(await v.session.flash.read(0, 0x5200, 64))).toEqual(data)
    expect((await v.session.flash.verifyImage(image)).match).toBe(true)
  })

  it('verifies a bank region against a reference file and pins every difference', async () => {
    const golden = Buffer.from(await v.session.flash.read(0, 0x3000, 1024))
    expect((await v.session.flash.verify(0, file('golden.bin', golden), 0x3000)).match).toBe(true)
    const wrong = Buffer.from(golden)
    wrong[10] ^= 0xff
    wrong[700] ^= 0x01
    const r = await v.session.flash.verify(0, file('wrong.bin', wrong), 0x3000)
    expect(r.match).toBe(false)
    expect(r.mismatchedBytes).toBe(2)
    expect(r.ranges.map((x) => x.address)).toEqual([0x0800300a, 0x080032bc])
    expect(r.ranges[0].expected?.[0]).toBe(wrong[10])
    expect(r.ranges[0].actual[0]).toBe(golden[10])
  })

  it('reads a whole bank to a file', async () => {
    const out = path.join(work, 'bank0.bin')
    await v.session.flash.readToFile(0, out)
    expect(readFileSync(out).length).toBe(0x10000)
  })

  it('protects a block, which after a reset refuses erase; unprotects it again', async () => {
    await v.session.flash.protect(0, 0, 0, true)
    await v.session.target.reset('halt')
    expect((await v.session.flash.info(0)).sectors.slice(0, 5).map((s) => s.protected)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ])
    const err = await v.session.flash.eraseSector(0, 0, 0).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FlashError)
    expect((err as FlashError).message).toMatch(/protected/)
    await v.session.flash.protect(0, 0, 0, false)
    await v.session.target.reset('halt')
    expect((await v.session.flash.info(0)).protectionBlocks[0].protected).toBe(false)
  })

  it('erases the whole bank', async () => {
    await v.session.flash.eraseAll(0)
    expect(Buffer.from(await v.session.flash.read(0, 0x5000, 32))).toEqual(Buffer.alloc(32, 0xff))
  })

  it('controls the target and reads and writes memory', async () => {
    expect(await v.session.target.state()).toBe('halted')
    await v.session.target.writeMemory(0x20000100, 32, [0x12345678, 0xcafef00d])
    expect(await v.session.target.readMemory(0x20000100, 32, 2)).toEqual([0x12345678n, 0xcafef00dn])
    // The bank was just erased: run `b .` from SRAM, not the blank vector table (that locks up).
    await v.session.target.writeMemory(0x20000200, 16, [0xe7fe])
    await v.session.command('reg pc 0x20000200')
    await v.session.target.resume()
    expect(await v.session.target.state()).toBe('running')
    await v.session.target.halt()
    expect(await v.session.target.state()).toBe('halted')
    await expect(v.session.target.readMemory(0x20000000, 12 as 8, 1)).rejects.toThrow(TargetError)
  })
})

describe('session.flash on a virtual STM32F407', () => {
  it('has the mixed sector sizes and reports a verification mismatch from stuck bits', async () => {
    const v = await openVirtual('stm32f407', {
      faults: ['stuck-bits:addr=0x08004010,mask=0x01,level=0'],
    })
    try {
      const info = await v.session.flash.info(0)
      expect(info.sectors.map((s) => s.size / 1024)).toEqual([
        16, 16, 16, 16, 64, 128, 128, 128, 128, 128, 128, 128,
      ])
      const data = Buffer.alloc(2048, 0xff)
      data[0x10] = 0x01
      const image = file('f4.bin', data)
      const err = await v.session.flash
        .writeImage(image, { address: 0x08004000 })
        .catch((e: unknown) => e)
      expect(err).toBeInstanceOf(VerifyMismatchError)
      const r = (err as VerifyMismatchError).result
      expect(r.ranges[0]).toMatchObject({ address: 0x08004010, length: 1 })
      expect(r.ranges[0].expected?.[0]).toBe(0x01)
      expect(r.ranges[0].actual[0]).toBe(0x00)
    } finally {
      await v.close()
    }
  })
})
