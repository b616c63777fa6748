// The STM32F4 flash interface (RM0090 §3): programming with the parallelism
// PSIZE selects, sector and mass erase, option bytes through FLASH_OPTCR
// (nWRP write protection per sector), and the one-time-programmable area
// with its lock bytes, which no erase touches.
import type { AccessSize } from '../bus/bus.js'
import { FlashArray } from './flash-array.js'
import type { MainFlash, MappedDevice, NonVolatileRegion } from './flash-controller.js'
import {
  F1_F4_REGISTERS,
  OPTKEY1,
  OPTKEY2,
  RDP_LEVEL_0,
  Stm32FlashInterface,
  otpRegion,
  type FlashInterfaceBits,
} from './stm32-flash-interface.js'

export interface Stm32f4FlashDescription {
  readonly kind: 'stm32f4-flash'
  readonly registerBase: number
  /** OTP data followed by one lock byte per block. */
  readonly otp: { readonly base: number; readonly blocks: number; readonly blockSize: number }
  /** FLASH_OPTCR option bits as shipped (RDP level 0, nothing protected). */
  readonly factoryOptions: number
}

const OPTCR = 0x14

const SR_EOP = 1 << 0
const SR_OPERR = 1 << 1
const SR_WRPERR = 1 << 4
const SR_PGPERR = 1 << 6
const SR_PGSERR = 1 << 7
const SR_BSY = 1 << 16

const CR_PG = 1 << 0
const CR_SER = 1 << 1
const CR_MER = 1 << 2
const CR_STRT = 1 << 16
const CR_LOCK = 1 << 31
// PG, SER, MER, SNB, PSIZE, EOPIE, ERRIE.
const CR_STORED = 0x0300037f

const OPTCR_OPTLOCK = 1 << 0
const OPTCR_OPTSTRT = 1 << 1
// BOR_LEV, USER, RDP, nWRP: the bits the option bytes hold.
const OPTCR_OPTIONS = 0x0fffffec
const OPTCR_NWRP_SHIFT = 16
const OPTCR_RDP_SHIFT = 8

const BITS: FlashInterfaceBits = {
  registers: F1_F4_REGISTERS,
  optionKeys: [OPTKEY1, OPTKEY2],
  crLock: CR_LOCK,
  crLocked: CR_LOCK,
  srBusy: SR_BSY,
  srEndOfOperation: SR_EOP,
  srWriteOneToClear: 0xf3, // EOP, OPERR, WRPERR, PGAERR, PGPERR, PGSERR
  acrWritable: 0x1f0f,
  acrReset: 0,
}

export class Stm32f4Flash extends Stm32FlashInterface {
  readonly regions: readonly MappedDevice[]
  readonly nonVolatile: readonly NonVolatileRegion[]
  private readonly options = Buffer.alloc(4)
  private readonly otp: FlashArray
  private readonly otpLockOffset: number
  private readonly otpBlockSize: number
  private optcr = 0
  /** The option bytes as loaded at the last reset. */
  private loadedOptions = 0

  constructor(description: Stm32f4FlashDescription, flash: MainFlash) {
    super(BITS, flash)
    const { otp } = description
    this.otpBlockSize = otp.blockSize
    this.otpLockOffset = otp.blocks * otp.blockSize
    this.otp = new FlashArray(this.otpLockOffset + otp.blocks)
    this.options.writeUInt32LE(description.factoryOptions & OPTCR_OPTIONS)
    this.regions = [
      this.registerRegion(description.registerBase),
      otpRegion(otp.base, this.otp, (offset, size, value) => this.programOtp(offset, size, value)),
    ]
    this.nonVolatile = [
      { name: 'option-bytes', bytes: this.options },
      { name: 'otp', bytes: this.otp.bytes },
    ]
  }

  override systemReset(): void {
    super.systemReset()
    this.loadedOptions = this.options.readUInt32LE()
    this.optcr = this.loadedOptions | OPTCR_OPTLOCK
  }

  get readProtected(): boolean {
    return rdpOf(this.loadedOptions) !== RDP_LEVEL_0
  }

  protected readOtherRegister(offset: number): number {
    return offset === OPTCR ? this.optcr : 0
  }

  protected writeOtherRegister(offset: number, value: number): void {
    if (offset === OPTCR) this.writeOptcr(value)
  }

  protected get optionKeysAccepted(): boolean {
    return (this.optcr & OPTCR_OPTLOCK) !== 0
  }

  protected unlockOptions(): void {
    this.optcr &= ~OPTCR_OPTLOCK
  }

  program(offset: number, size: AccessSize, value: number): void {
    if (this.checkProgramSequence(size)) {
      const sector = this.flash.layout.sectorAt(offset)
      if (sector && this.isProtected(sector.index)) this.sr |= SR_WRPERR
      else this.programCells(offset, size, value, SR_OPERR)
    }
    this.finish(this.flash.faults.busyMs('program'))
  }

  // [model choice] Programming a locked OTP block flags WRPERR; silicon just ignores it.
  private programOtp(offset: number, size: AccessSize, value: number): void {
    if (this.checkProgramSequence(size)) {
      const lock = this.otpLockOffset + Math.floor(offset / this.otpBlockSize)
      if (offset < this.otpLockOffset && this.otp.bytes[lock] !== 0xff) this.sr |= SR_WRPERR
      else this.otp.program(offset, size, value)
    }
    this.finish(0)
  }

  /** PG must be set and the access must match PSIZE; otherwise the error bit is set. */
  private checkProgramSequence(size: AccessSize): boolean {
    if (!(this.cr & CR_PG)) this.sr |= SR_PGSERR
    else if (size !== 1 << ((this.cr >>> 8) & 3)) this.sr |= SR_PGPERR
    else return true
    return false
  }

  protected writeCr(value: number): void {
    this.cr = value & CR_STORED
    if (value & CR_STRT) this.start()
  }

  private start(): void {
    const { sectors } = this.flash.layout
    if (this.cr & CR_SER) {
      const index = (this.cr >>> 3) & 0xf
      if (index >= sectors.length) this.sr |= SR_PGSERR
      else this.erase([index])
    } else if (this.cr & CR_MER) {
      this.erase(sectors.map((sector) => sector.index))
    }
    this.finish(this.flash.faults.busyMs('erase'))
  }

  private erase(indexes: readonly number[]): void {
    if (indexes.some((index) => this.isProtected(index))) this.sr |= SR_WRPERR
    else this.eraseSectors(indexes, SR_OPERR)
  }

  // [unverified vs silicon] New option bytes, nWRP included, apply as soon as
  // OPTSTRT programs them; OpenOCD reads OPTCR and sees them at once too.
  private writeOptcr(value: number): void {
    if (this.optcr & OPTCR_OPTLOCK) return
    this.optcr = (value & (OPTCR_OPTIONS | OPTCR_OPTLOCK)) >>> 0
    if (value & OPTCR_OPTSTRT) {
      const options = (value & OPTCR_OPTIONS) >>> 0
      // Level 1 back to level 0 mass-erases main flash first.
      const regress = rdpOf(this.options.readUInt32LE()) !== RDP_LEVEL_0
      if (regress && rdpOf(options) === RDP_LEVEL_0)
        this.flash.array.erase(0, this.flash.layout.size)
      this.options.writeUInt32LE(options)
      this.finish(0)
    }
  }

  private isProtected(sector: number): boolean {
    return ((this.options.readUInt32LE() >>> (OPTCR_NWRP_SHIFT + sector)) & 1) === 0
  }
}

function rdpOf(options: number): number {
  return (options >>> OPTCR_RDP_SHIFT) & 0xff
}
