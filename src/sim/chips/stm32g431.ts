// STM32G431KB (DEV_ID 0x468, category 2, Cortex-M4F r0p1): one bank of
// 128 KiB in 2 KiB pages, 1 KiB of OTP, 32 KiB of SRAM (SRAM1, SRAM2 and the
// CCM SRAM alias behind them, one contiguous block at 0x20000000).
import { CORTEX_M4F_R0P1 } from './cortex-m4f.js'
import { uniformSectors, type ChipDescription } from './description.js'

const KIB = 1024

export const STM32G431KB: ChipDescription = {
  chip: 'stm32g431',
  part: 'STM32G431KB',
  openocd: { targetConfig: 'target/stm32g4x.cfg' },
  ...CORTEX_M4F_R0P1.debugPort,
  boundaryScanTapId: 0x06468041,
  core: { ...CORTEX_M4F_R0P1.core, irqCount: 102, resetClockHz: 16_000_000 }, // HSI16
  dbgmcu: { base: 0xe0042000, idcode: 0x20016468 }, // REV_ID 0x2001: "Rev Z"
  flash: { base: 0x08000000, sectorSizes: uniformSectors(64, 2 * KIB) },
  flashController: {
    kind: 'stm32g4-flash',
    registerBase: 0x40022000,
    optionBytesBase: 0x1fff7800,
    otp: { base: 0x1fff7000, size: KIB },
    wrpPageBits: 6,
    factoryOptr: 0xffeff8aa,
  },
  ram: [{ base: 0x20000000, size: 32 * KIB }],
  rom: [
    { base: 0x1fff0000, size: 0x7000 }, // system memory
    { base: 0x1fff7500, size: 0x100 }, // package, unique ID and F_SIZE
  ],
  deviceInfo: {
    flashSize: 0x1fff75e0,
    uniqueId: 0x1fff7590,
    uniqueIdValue: [0x31, 0x53, 0x75, 0x97, 0xb9, 0xdb, 0xfd, 0x1f, 0x03, 0x05, 0x07, 0x09],
  },
  peripherals: { base: 0x40000000, size: 0x30000 },
}
