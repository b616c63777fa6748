import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  parseFlashInfo,
  parseFlashList,
  parseNumberList,
  sectorsWithProtection,
} from '../../src/openocd/parse.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/openocd/${name}`, import.meta.url), 'utf8')

describe('parseFlashList on both builds', () => {
  // 0.12.0: a Jim list of dicts, decimal numbers (v0.12.0 src/flash/nor/tcl.c jim_flash_list).
  // e5888bda3: one brace block per bank, hex base and size, no trailing newline
  // (80fc9fabc, c99c043f3). Both as the real binaries printed them for the virtual F103.
  it.each(['f103-flash-list.txt', 'e5888bda3-f103-flash-list.txt'])('reads %s', (name) => {
    expect(parseFlashList(fixture(name))).toEqual([
      {
        index: 0,
        name: 'stm32f1x.flash',
        driver: 'stm32f1x',
        base: 0x08000000,
        size: 0,
        busWidth: 0,
        chipWidth: 0,
        target: 'stm32f1x.cpu',
        sectors: [],
        protectionBlocks: [],
      },
    ])
  })
})

describe('parseFlashInfo on real OpenOCD 0.12 output', () => {
  it('reads the STM32F103 protection blocks and description', () => {
    const info = parseFlashInfo(fixture('f103-flash-info.txt'))
    expect(info).toMatchObject({ index: 0, driver: 'stm32f1x', base: 0x08000000, size: 0x10000 })
    expect(info.blocks).toHaveLength(16)
    expect(info.blocks[15]).toMatchObject({
      index: 15,
      offset: 0xf000,
      size: 0x1000,
      protected: false,
      protectionKnown: true,
    })
    expect(info.description).toBe('STM32F10x (Medium Density) - Rev: Y')
  })

  it('reads the STM32F407 sectors of mixed sizes', () => {
    const info = parseFlashInfo(fixture('f407-flash-info.txt'))
    expect(info.blocks.map((b) => b.size / 1024)).toEqual([
      16, 16, 16, 16, 64, 128, 128, 128, 128, 128, 128, 128,
    ])
    expect(info.blocks[11].offset).toBe(0xe0000)
  })

  it('takes a sector its protection from the block containing it when OpenOCD does not know it', () => {
    const sectors = [0, 1, 2, 3, 4].map((i) => ({
      index: i,
      offset: i * 0x400,
      size: 0x400,
      protected: false,
      protectionKnown: false,
    }))
    const blocks = [
      { index: 0, offset: 0, size: 0x1000, protected: true },
      { index: 1, offset: 0x1000, size: 0x1000, protected: false },
    ]
    expect(sectorsWithProtection(sectors, blocks).map((s) => s.protected)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ])
  })

  it('refuses text that is not flash info', () => {
    expect(() => parseFlashInfo('invalid command name "flash"')).toThrow(/unexpected/)
  })
})

describe('parseFlashList', () => {
  it('reads the Tcl list of dicts, in bank order', () => {
    const text =
      '{name stm32f4x.flash driver stm32f2x base 134217728 size 1048576 bus_width 0 chip_width 0 target stm32f4x.cpu} ' +
      '{name stm32f4x.otp driver stm32f2x base 536836096 size 0 bus_width 0 chip_width 0 target stm32f4x.cpu}'
    const banks = parseFlashList(text)
    expect(banks).toHaveLength(2)
    expect(banks[0]).toMatchObject({
      index: 0,
      name: 'stm32f4x.flash',
      driver: 'stm32f2x',
      base: 0x08000000,
      size: 0x100000,
      target: 'stm32f4x.cpu',
    })
    expect(banks[1]).toMatchObject({ index: 1, name: 'stm32f4x.otp', base: 0x1fff7800 })
  })
})

describe('parseNumberList', () => {
  it('reads read_memory output', () => {
    expect(parseNumberList('0x20005000 0x8000101')).toEqual([0x20005000n, 0x8000101n])
  })
})
