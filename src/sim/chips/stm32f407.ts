// STM32F407VG (DEV_ID 0x413, Cortex-M4F r0p1): 1 MiB of flash in sectors of
// 4 x 16 KiB, 64 KiB and 7 x 128 KiB, 512 bytes of OTP, 128 KiB of SRAM.
import { CORTEX_M4F_R0P1 } from './cortex-m4f.js'
import { uniformSectors, type ChipDescription } from './description.js'

const KIB = 1024

export const STM32F407VG: ChipDescription = {
  chip: 'stm32f407',
  part: 'STM32F407VG',
  openocd: { targetConfig: 'target/stm32f4x.cfg' },
  ...CORTEX_M4F_R0P1.debugPort,
  boundaryScanTapId: 0x06413041,
  core: { ...CORTEX_M4F_R0P1.core, irqCount: 82, resetClockHz: 16_000_000 }, // HSI
  dbgmcu: { base: 0xe0042000, idcode: 0x10076413 }, // REV_ID 0x1007: "Rev: 1"
  flash: {
    base: 0x08000000,
    sectorSizes: [...uniformSectors(4, 16 * KIB), 64 * KIB, ...uniformSectors(7, 128 * KIB)],
  },
  flashController: {
    kind: 'stm32f4-flash',
    registerBase: 0x40023c00,
    otp: { base: 0x1fff7800, blocks: 16, blockSize: 32 },
    factoryOptions: 0x0fffaaed,
  },
  ram: [
    { base: 0x20000000, size: 128 * KIB },
    { base: 0x10000000, size: 64 * KIB }, // CCM
  ],
  rom: [
    { base: 0x1fff0000, size: 0x7800 }, // system memory
    { base: 0x1fff7a10, size: 0x14 }, // unique ID and F_SIZE
  ],
  deviceInfo: {
    flashSize: 0x1fff7a22,
    uniqueId: 0x1fff7a10,
    uniqueIdValue: [0x21, 0x43, 0x65, 0x87, 0xa9, 0xcb, 0xed, 0x0f, 0x02, 0x04, 0x06, 0x08],
  },
  peripherals: { base: 0x40000000, size: 0x80000 },
}
