// The STM32F1 flash program/erase controller (FPEC, RM0008 / PM0075):
// halfword programming of erased cells, page and mass erase, option-byte
// erase and programming, and write protection from FLASH_WRPR — which
// holds what the option bytes said at the last reset, not what they say now.
import { BusFault, type AccessSize, type BusDevice } from '../bus/bus.js'
import { readLittleEndian } from '../bus/memory.js'
import type { MainFlash, MappedDevice, NonVolatileRegion } from './flash-controller.js'
import {
  KEY1,
  KEY2,
  F1_F4_REGISTERS,
  Stm32FlashInterface,
  type FlashInterfaceBits,
} from './stm32-flash-interface.js'
import { OBR_RDPRT, Stm32f1OptionBytes } from './stm32f1-option-bytes.js'

export interface Stm32f1FpecDescription {
  readonly kind: 'stm32f1-fpec'
  readonly registerBase: number
  readonly optionBytesBase: number
  /** Pages per WRPR bit; bit 31 covers every block from 31 on. */
  readonly pagesPerProtectionBlock: number
}

const AR = 0x14
const OBR = 0x1c
const WRPR = 0x20

const SR_BSY = 1 << 0
const SR_PGERR = 1 << 2
const SR_WRPRTERR = 1 << 4
const SR_EOP = 1 << 5

const CR_PG = 1 << 0
const CR_PER = 1 << 1
const CR_MER = 1 << 2
const CR_OPTPG = 1 << 4
const CR_OPTER = 1 << 5
const CR_STRT = 1 << 6
const CR_LOCK = 1 << 7
const CR_OPTWRE = 1 << 9
// Bits a CR write simply stores (PG, PER, MER, OPTPG, OPTER, ERRIE, EOPIE).
const CR_STORED = 0x1437

const BITS: FlashInterfaceBits = {
  registers: F1_F4_REGISTERS,
  optionKeys: [KEY1, KEY2],
  crLock: CR_LOCK,
  crLocked: CR_LOCK,
  srBusy: SR_BSY,
  srEndOfOperation: SR_EOP,
  srWriteOneToClear: SR_PGERR | SR_WRPRTERR | SR_EOP,
  acrWritable: 0x3f,
  acrReset: 0x30,
}

export class Stm32f1Fpec extends Stm32FlashInterface {
  readonly regions: readonly MappedDevice[]
  readonly nonVolatile: readonly NonVolatileRegion[]
  private readonly options = new Stm32f1OptionBytes()
  private readonly pagesPerBlock: number
  private ar = 0
  private obr = 0
  private wrpr = 0

  constructor(description: Stm32f1FpecDescription, flash: MainFlash) {
    super(BITS, flash)
    this.pagesPerBlock = description.pagesPerProtectionBlock
    this.regions = [
      this.registerRegion(description.registerBase),
      {
        base: description.optionBytesBase,
        size: this.options.bytes.length,
        device: this.optionBytesWindow(),
      },
    ]
    this.nonVolatile = [{ name: 'option-bytes', bytes: this.options.bytes }]
  }

  override systemReset(): void {
    super.systemReset()
    ;({ obr: this.obr, wrpr: this.wrpr } = this.options.load())
  }

  get readProtected(): boolean {
    return (this.obr & OBR_RDPRT) !== 0
  }

  protected readOtherRegister(offset: number): number {
    if (offset === AR) return this.ar
    if (offset === OBR) return this.obr
    if (offset === WRPR) return this.wrpr
    return 0
  }

  protected writeOtherRegister(offset: number, value: number): void {
    if (offset === AR) this.ar = value
  }

  protected get optionKeysAccepted(): boolean {
    return !this.locked
  }

  protected unlockOptions(): void {
    this.cr |= CR_OPTWRE
  }

  program(offset: number, size: AccessSize, value: number): void {
    if (!(this.cr & CR_PG)) return // silicon may bus-fault; OpenOCD never does this
    if (size !== 2) throw new BusFault('STM32F1 flash is programmed in halfwords')
    if (this.isProtected(offset)) this.sr |= SR_WRPRTERR
    else if (!this.flash.array.isErased(offset, 2) && value !== 0) this.sr |= SR_PGERR
    else this.programCells(offset, 2, value, SR_PGERR)
    this.finish(this.flash.faults.busyMs('program'))
  }

  protected writeCr(value: number): void {
    // OPTWRE is set only by the option key sequence; writing 0 clears it.
    this.cr = (value & CR_STORED) | (this.cr & value & CR_OPTWRE)
    if (value & CR_STRT) this.start()
  }

  private start(): void {
    if (this.cr & CR_PER) this.erasePage(this.ar - this.flash.base)
    else if (this.cr & CR_MER) this.massErase()
    else if (this.cr & CR_OPTER) this.eraseOptionBytes()
  }

  private erasePage(offset: number): void {
    const page = this.flash.layout.sectorAt(offset)
    if (page && this.isProtected(page.offset)) this.sr |= SR_WRPRTERR
    else if (page) this.eraseSectors([page.index], SR_PGERR)
    this.finish(this.flash.faults.busyMs('erase'))
  }

  // [model choice] Mass erase is refused while any page is write-protected.
  private massErase(): void {
    const { sectors } = this.flash.layout
    if (sectors.some((page) => this.isProtected(page.offset))) this.sr |= SR_WRPRTERR
    else
      this.eraseSectors(
        sectors.map((page) => page.index),
        SR_PGERR,
      )
    this.finish(this.flash.faults.busyMs('erase'))
  }

  // Erasing the option bytes of a read-protected part removes the protection:
  // the hardware mass-erases main flash first, write protection or not.
  private eraseOptionBytes(): void {
    if (!(this.cr & CR_OPTWRE)) {
      this.sr |= SR_WRPRTERR
    } else {
      if (this.readProtected) this.flash.array.erase(0, this.flash.layout.size)
      this.options.erase()
    }
    this.finish(0)
  }

  private programOptionByte(offset: number, size: AccessSize, value: number): void {
    if (!(this.cr & CR_OPTPG)) return
    if (size !== 2) throw new BusFault('STM32F1 option bytes are programmed in halfwords')
    const halfword = offset >> 1
    if (!(this.cr & CR_OPTWRE)) this.sr |= SR_WRPRTERR
    else if (!this.options.isErased(halfword)) this.sr |= SR_PGERR
    else this.options.program(halfword, value)
    this.finish(0)
  }

  private isProtected(offset: number): boolean {
    const page = this.flash.layout.sectorAt(offset)
    if (!page) return false
    const bit = Math.min(Math.floor(page.index / this.pagesPerBlock), 31)
    return ((this.wrpr >>> bit) & 1) === 0
  }

  private optionBytesWindow(): BusDevice {
    return {
      read: (offset, size) => readLittleEndian(this.options.bytes, offset, size),
      write: (offset, size, value) => this.programOptionByte(offset, size, value),
    }
  }
}
