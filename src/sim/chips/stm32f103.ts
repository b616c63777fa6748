// STM32F103 medium density (DEV_ID 0x410, Cortex-M3 r1p1): the C8 with 64 KiB
// and the CB with 128 KiB of flash in 1 KiB pages, 20 KiB of SRAM.
import { uniformSectors, type ChipDescription } from './description.js'

const KIB = 1024

const STM32F103: Omit<ChipDescription, 'part' | 'flash'> = {
  chip: 'stm32f103',
  openocd: { targetConfig: 'target/stm32f1x.cfg' },
  cpuTapId: 0x3ba00477,
  swdDpidr: 0x1ba01477,
  boundaryScanTapId: 0x06410041,
  ahbApIdr: 0x14770011,
  core: {
    cpuid: 0x411fc231,
    fpb: { codeComparators: 6, literalComparators: 2 },
    dwtComparators: 4,
    irqCount: 43,
    resetClockHz: 8_000_000, // HSI
  },
  dbgmcu: { base: 0xe0042000, idcode: 0x20036410 }, // REV_ID 0x2003: "Rev: Y"
  flashController: {
    kind: 'stm32f1-fpec',
    registerBase: 0x40022000,
    optionBytesBase: 0x1ffff800,
    pagesPerProtectionBlock: 4,
  },
  ram: [{ base: 0x20000000, size: 20 * KIB }],
  rom: [{ base: 0x1ffff000, size: 0x800 }],
  deviceInfo: {
    flashSize: 0x1ffff7e0,
    uniqueId: 0x1ffff7e8,
    uniqueIdValue: [0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe, 0x01, 0x03, 0x05, 0x07],
  },
  peripherals: { base: 0x40000000, size: 0x30000 },
}

export const STM32F103C8: ChipDescription = {
  ...STM32F103,
  part: 'STM32F103C8',
  flash: { base: 0x08000000, sectorSizes: uniformSectors(64, KIB) },
}

export const STM32F103CB: ChipDescription = {
  ...STM32F103,
  part: 'STM32F103CB',
  flash: { base: 0x08000000, sectorSizes: uniformSectors(128, KIB) },
}
