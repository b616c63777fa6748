// Assembles one simulated part from its description: SWJ-DP (JTAG chain ->
// JTAG-DP, or SW-DP) -> AHB-AP -> system bus with the core debug block,
// memories and the flash controller, and the core that executes code from that bus.
import { Bus, readAsZero } from './bus/bus.js'
import { Memory } from './bus/memory.js'
import { PlainRegisters, RegisterBlock } from './bus/registers.js'
import type { AddressRange, ChipDescription } from './chips/description.js'
import { CortexMDebug } from './core/cortex-m-debug.js'
import type { Core, CoreOptions } from './cpu/contract.js'
import { DataWatchpoint } from './core/dwt.js'
import { FlashPatchBreakpoint } from './core/fpb.js'
import { DpRegisters } from './dap/dp-registers.js'
import { JtagDp } from './dap/jtag-dp.js'
import { MemAp } from './dap/mem-ap.js'
import { SwDp } from './dap/sw-dp.js'
import { SwjPort } from './dap/swj-port.js'
import { FaultInjector } from './fault-injector.js'
import type { Fault } from './faults.js'
import { FlashArray } from './flash/flash-array.js'
import type { FlashController, MainFlash, NonVolatileRegion } from './flash/flash-controller.js'
import { FlashLayout } from './flash/flash-layout.js'
import { FlashWindow, type ReadFilter } from './flash/flash-window.js'
import { readoutProtected } from './flash/readout-protection.js'
import { Stm32f1Fpec } from './flash/stm32f1-fpec.js'
import { Stm32f4Flash } from './flash/stm32f4-flash.js'
import { Stm32g4Flash } from './flash/stm32g4-flash.js'
import { Stm32h7Flash } from './flash/stm32h7-flash.js'
import { BoundaryScanTap } from './jtag/boundary-scan-tap.js'
import { ScanChain } from './jtag/scan-chain.js'
import { Tap } from './jtag/tap.js'
import { Dbgmcu } from './stm32/dbgmcu.js'

const SCS = 0xe000e000
const DWT = 0xe0001000
const FPB = 0xe0002000
const PPB = { base: 0xe0000000, size: 0x100000 }
const BLOCK_4K = 0x1000

export interface SimulatedChip {
  readonly description: ChipDescription
  /** The JTAG side of the debug port. */
  readonly chain: ScanChain
  /** What OpenOCD's adapter is wired to: JTAG or SWD, one DP and AP behind both. */
  readonly swj: SwjPort
  /** Main flash first, then option bytes (and OTP): what a state file keeps. */
  readonly nonVolatile: readonly NonVolatileRegion[]
  readonly faults: FaultInjector
  /** The core and its debug block: what the run loop runs. */
  readonly core: CortexMDebug
  /** System reset (SYSRESETREQ or SRST). */
  systemReset(): void
  /** Power-on reset, after loading state: the option bytes load on every part. */
  powerOnReset(): void
}

export type CoreFactory = (options: CoreOptions) => Core

export function buildChip(
  description: ChipDescription,
  faults: readonly Fault[],
  createCore: CoreFactory,
): SimulatedChip {
  const layout = new FlashLayout(description.flash.sectorSizes)
  const flashBase = description.flash.base
  const injector = new FaultInjector(faults, { part: description.part, flashBase, layout })
  const main: MainFlash = {
    base: flashBase,
    array: new FlashArray(layout.size),
    layout,
    faults: injector,
  }
  const controller = createFlashController(description, main, () => powerOnReset())
  const flash = new FlashWindow(main.array, controller, readFilter(controller, injector))

  const bus = new Bus()
  const flashRanges = [
    { base: 0, size: layout.size }, // boot alias (BOOT0 = 0): the core fetches its vectors here
    { base: flashBase, size: layout.size },
  ]
  const fpb = new FlashPatchBreakpoint(
    description.core.fpb.codeComparators,
    description.core.fpb.literalComparators,
  )
  const dwt = new DataWatchpoint(description.core.dwtComparators)
  const cpu = createCore({
    bus: readoutProtected(bus, flashRanges, () => controller.readProtected && core.debugging),
    fpu: description.core.mvfr !== undefined,
    irqCount: description.core.irqCount,
    onSystemResetRequest: () => systemReset(),
  })
  const core = new CortexMDebug(description.core, cpu, fpb, dwt)
  const systemReset = (): void => {
    controller.systemReset()
    core.reset()
  }
  const powerOnReset = (): void => {
    controller.powerOnReset()
    core.reset()
  }
  // First match wins, so specific blocks come before the ranges around them.
  for (const range of flashRanges) bus.map(range.base, range.size, flash)
  for (const region of controller.regions) bus.map(region.base, region.size, region.device)
  for (const range of description.ram) bus.map(range.base, range.size, Memory.ram(range.size))
  for (const range of description.rom)
    bus.map(range.base, range.size, rom(description, range, layout.size))
  bus.map(description.peripherals.base, description.peripherals.size, new PlainRegisters())
  bus.map(SCS, BLOCK_4K, core)
  bus.map(DWT, BLOCK_4K, new RegisterBlock(dwt))
  bus.map(FPB, BLOCK_4K, new RegisterBlock(fpb))
  const dbgmcuSize = description.dbgmcu.size ?? 0x10
  const dbgmcu = new RegisterBlock(new Dbgmcu(description.dbgmcu.idcode, dbgmcuSize))
  bus.map(description.dbgmcu.base, dbgmcuSize, dbgmcu)
  bus.map(PPB.base, PPB.size, readAsZero) // the rest of the PPB (ROM table, ITM, TPIU, ...)

  const debugBus = readoutProtected(bus, flashRanges, () => controller.readProtected)
  const aps: (MemAp | undefined)[] = [new MemAp(debugBus, description.ahbApIdr)]
  const systemDebug = description.systemDebugAp
  if (systemDebug) {
    // The debug and trace units' own bus: DBGMCU (the same registers as on
    // the system bus), the rest plain storage for the configs' trace set-up.
    const apb = new Bus()
      .map(systemDebug.dbgmcuBase, dbgmcuSize, dbgmcu)
      .map(PPB.base, PPB.size, new PlainRegisters())
    aps[systemDebug.apsel] = new MemAp(apb, systemDebug.idr)
  }
  const dp = new DpRegisters(aps)
  const chain = new ScanChain([
    new Tap(new JtagDp(description.cpuTapId, dp)),
    new Tap(new BoundaryScanTap(description.boundaryScanTapId)),
  ])
  const swj = new SwjPort(chain, new SwDp(description.swdDpidr, dp))
  return {
    description,
    chain,
    swj,
    nonVolatile: [{ name: 'flash', bytes: main.array.bytes }, ...controller.nonVolatile],
    faults: injector,
    core,
    systemReset,
    powerOnReset,
  }
}

function createFlashController(
  description: ChipDescription,
  main: MainFlash,
  optionLoadReset: () => void,
): FlashController {
  const controller = description.flashController
  switch (controller.kind) {
    case 'stm32f1-fpec':
      return new Stm32f1Fpec(controller, main)
    case 'stm32f4-flash':
      return new Stm32f4Flash(controller, main)
    case 'stm32g4-flash':
      return new Stm32g4Flash(controller, main, optionLoadReset)
    case 'stm32h7-flash':
      return new Stm32h7Flash(controller, main)
  }
}

/** The stuck-bit fault and the controller's read checks (H7 ECC) over main-flash reads. */
function readFilter(controller: FlashController, injector: FaultInjector): ReadFilter | undefined {
  const stuck = injector.readFilter
  const observe = controller.observeRead?.bind(controller)
  if (!observe) return stuck
  return (offset, size, value) => {
    observe(offset)
    return stuck ? stuck(offset, size, value) : value
  }
}

/** System memory reads as zero, except F_SIZE and the unique ID where they fall in this range. */
function rom(description: ChipDescription, range: AddressRange, flashSize: number): Memory {
  const bytes = Buffer.alloc(range.size)
  const { flashSize: flashSizeAt, uniqueId, uniqueIdValue } = description.deviceInfo
  const inside = (address: number, length: number) =>
    address >= range.base && address + length <= range.base + range.size
  if (inside(flashSizeAt, 2)) bytes.writeUInt16LE(flashSize / 1024, flashSizeAt - range.base)
  if (inside(uniqueId, 12)) Buffer.from(uniqueIdValue).copy(bytes, uniqueId - range.base)
  return Memory.rom(bytes)
}
