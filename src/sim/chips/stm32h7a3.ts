// STM32H7A3xI (DEV_ID 0x480, Cortex-M7 r1p2 with the double-precision FPU,
// RM0455): 2 MiB of flash in two banks of 128 x 8 KiB sectors, a 128-bit
// flash word, one write-protection bit per 4 sectors; the core's AHB-AP is
// AP0 and the APB-AP of the debug and trace units (DBGMCU at 0xE00E1000) AP2,
// as target/stm32h7x.cfg expects.
import { uniformSectors, type ChipDescription } from './description.js'

const KIB = 1024

export const STM32H7A3XI: ChipDescription = {
  chip: 'stm32h7a3',
  part: 'STM32H7A3xI',
  // Without DUAL_BANK the stock config declares bank 1 only: the second
  // megabyte, at 0x08100000, would have no flash bank in OpenOCD.
  openocd: { targetConfig: 'target/stm32h7x.cfg', variables: { DUAL_BANK: '1' } },
  cpuTapId: 0x6ba00477,
  swdDpidr: 0x6ba02477,
  boundaryScanTapId: 0x06480041,
  ahbApIdr: 0x84770001,
  systemDebugAp: { apsel: 2, idr: 0x54770002, dbgmcuBase: 0xe00e1000 },
  core: {
    cpuid: 0x411fc272,
    mvfr: [0x10110221, 0x12000011], // FPv5-DP
    fpb: { codeComparators: 8, literalComparators: 0 },
    dwtComparators: 4,
    irqCount: 150,
    resetClockHz: 64_000_000, // HSI
  },
  // REV_ID 0x1000: "Rev: A"; the freeze registers reach 0x54.
  dbgmcu: { base: 0x5c001000, idcode: 0x10003480, size: 0x58 },
  flash: { base: 0x08000000, sectorSizes: uniformSectors(256, 8 * KIB) },
  flashController: {
    kind: 'stm32h7-flash',
    registerBase: 0x52002000,
    flashWordBytes: 16,
    sectorsPerBank: 128,
    sectorsPerProtectionGroup: 4,
    factoryOptions: 0x0003aaf0, // RDP level 0 (0xAA), watchdogs in software
  },
  ram: [
    { base: 0x20000000, size: 128 * KIB }, // DTCM: OpenOCD's work area
    { base: 0x24000000, size: 1024 * KIB }, // AXI SRAM
    { base: 0x30000000, size: 128 * KIB }, // AHB SRAM
    { base: 0x38000000, size: 32 * KIB }, // SRD SRAM
  ],
  rom: [
    { base: 0x1ff00000, size: 0x20000 }, // system memory
    { base: 0x08fff800, size: 0x10 }, // unique ID and FLASH_SIZE
  ],
  deviceInfo: {
    flashSize: 0x08fff80c,
    uniqueId: 0x08fff800,
    uniqueIdValue: [0x31, 0x53, 0x75, 0x97, 0xb9, 0xdb, 0xfd, 0x1f, 0x03, 0x05, 0x07, 0x09],
  },
  // Up to the DBGMCU at 0x5C001000, which is mapped on its own.
  peripherals: { base: 0x40000000, size: 0x1c000000 },
}
