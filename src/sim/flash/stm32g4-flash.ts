// The STM32G4 flash interface (RM0440 §3, category 2: one bank of 2 KiB
// pages): double-word programming (two word writes, the second one starts
// it), page and mass erase, and the option bytes — OPTR with RDP, and the
// WRP areas A and B — written through their registers, stored by OPTSTRT and
// in force only after an option-byte load: OBL_LAUNCH or power-on, not a
// plain system reset (RM0440 §3.4.2). The OTP area is programmed the same
// way and never erased.
import type { AccessSize } from '../bus/bus.js'
import { readLittleEndian } from '../bus/memory.js'
import { FlashArray } from './flash-array.js'
import type { MainFlash, MappedDevice, NonVolatileRegion } from './flash-controller.js'
import {
  OPTKEY1,
  OPTKEY2,
  RDP_LEVEL_0,
  RDP_LEVEL_2,
  Stm32FlashInterface,
  otpRegion,
  type FlashInterfaceBits,
} from './stm32-flash-interface.js'

export interface Stm32g4FlashDescription {
  readonly kind: 'stm32g4-flash'
  readonly registerBase: number
  /** The option bytes: each option word followed by its complement. */
  readonly optionBytesBase: number
  readonly otp: { readonly base: number; readonly size: number }
  /** Bits of a WRPxyR page number the part implements (OpenOCD: 6 on category 2). */
  readonly wrpPageBits: number
  /** OPTR as shipped: RDP level 0 (0xAA), BOR and boot options. */
  readonly factoryOptr: number
}

const KEYR = 0x08
const OPTKEYR = 0x0c
const SR = 0x10
const CR = 0x14
/** OPTR, PCROP1SR, PCROP1ER, WRP1AR, WRP1BR: one register per option word, from here. */
const OPTR = 0x20
const OPTION_WORDS = 5
const WRP1AR_WORD = 3
const WRP1BR_WORD = 4

const SR_EOP = 1 << 0
const SR_OPERR = 1 << 1
const SR_PROGERR = 1 << 3
const SR_WRPERR = 1 << 4
const SR_PGAERR = 1 << 5
const SR_SIZERR = 1 << 6
const SR_PGSERR = 1 << 7
const SR_MISERR = 1 << 8
const SR_FASTERR = 1 << 9
const SR_RDERR = 1 << 14
const SR_OPTVERR = 1 << 15
const SR_BSY = 1 << 16
/** Errors of an earlier programming step: while one is set, programming is refused (PGSERR). */
const SR_PROGRAMMING_ERRORS =
  SR_PROGERR | SR_WRPERR | SR_PGAERR | SR_SIZERR | SR_MISERR | SR_FASTERR

const CR_PG = 1 << 0
const CR_PER = 1 << 1
const CR_MER1 = 1 << 2
const CR_PNB_SHIFT = 3
const CR_PNB_MASK = 0xff
const CR_STRT = 1 << 16
const CR_OPTSTRT = 1 << 17
const CR_EOPIE = 1 << 24
const CR_OBL_LAUNCH = 1 << 27
const CR_OPTLOCK = 1 << 30
const CR_LOCK = 1 << 31
// PG, PER, MER1, PNB, FSTPG, EOPIE, ERRIE, RDERRIE.
const CR_STORED = 0x070407ff

const BITS: FlashInterfaceBits = {
  registers: { keyr: KEYR, optkeyr: OPTKEYR, sr: SR, cr: CR },
  optionKeys: [OPTKEY1, OPTKEY2],
  crLock: CR_LOCK,
  // [model choice] Setting LOCK sets OPTLOCK too: OpenOCD always writes both.
  crLocked: (CR_LOCK | CR_OPTLOCK) >>> 0,
  srBusy: SR_BSY,
  srEndOfOperation: 0, // EOP only with EOPIE: see finish()
  srWriteOneToClear: SR_EOP | SR_OPERR | SR_PROGRAMMING_ERRORS | SR_PGSERR | SR_RDERR | SR_OPTVERR,
  acrWritable: 0x47f0f, // LATENCY, PRFTEN, ICEN, DCEN, ICRST, DCRST, RUN_PD, SLEEP_PD, DBG_SWEN
  acrReset: 0x40600, // ICEN, DCEN, DBG_SWEN
}

/** The first word of a double word, waiting for the second. */
interface PendingWord {
  readonly array: FlashArray
  readonly offset: number
  readonly value: number
}

export class Stm32g4Flash extends Stm32FlashInterface {
  readonly regions: readonly MappedDevice[]
  readonly nonVolatile: readonly NonVolatileRegion[]
  /** What OPTSTRT stored: each option word, then its complement. */
  private readonly options = Buffer.alloc(OPTION_WORDS * 8)
  /** The option registers: loaded at reset, rewritten by the debugger before OPTSTRT. */
  private readonly optionRegisters = new Uint32Array(OPTION_WORDS)
  /** The option words in force since the last reset. */
  private readonly loaded = new Uint32Array(OPTION_WORDS)
  private readonly otp: FlashArray
  private readonly wrpMask: number
  private pending: PendingWord | undefined

  constructor(
    description: Stm32g4FlashDescription,
    flash: MainFlash,
    /** OBL_LAUNCH: the option bytes load "under system reset" — the chip's power-on path. */
    private readonly launchOptionLoad: () => void,
  ) {
    super(BITS, flash)
    this.wrpMask = (1 << description.wrpPageBits) - 1
    const factory = [description.factoryOptr, 0x0000ffff, 0, 0xff, 0xff]
    factory.forEach((word, i) => this.storeOption(i, this.implemented(i, word)))
    this.otp = new FlashArray(description.otp.size)
    this.regions = [
      this.registerRegion(description.registerBase),
      {
        base: description.optionBytesBase,
        size: this.options.length,
        device: {
          read: (offset, size) => readLittleEndian(this.options, offset, size),
          write: () => {}, // only OPTSTRT programs the option bytes
        },
      },
      otpRegion(description.otp.base, this.otp, (offset, size, value) =>
        this.programWord(this.otp, offset, size, value),
      ),
    ]
    this.nonVolatile = [
      { name: 'option-bytes', bytes: this.options },
      { name: 'otp', bytes: this.otp.bytes },
    ]
  }

  /** The option registers go back to the options in force; nothing is loaded. */
  override systemReset(): void {
    super.systemReset()
    this.pending = undefined
    this.optionRegisters.set(this.loaded)
  }

  /** The option-byte load: a word whose complement does not match sets OPTVERR. */
  override powerOnReset(): void {
    this.systemReset()
    for (let i = 0; i < OPTION_WORDS; i++) {
      const word = this.options.readUInt32LE(i * 8)
      const complement = this.options.readUInt32LE(i * 8 + 4)
      const valid = (word ^ complement) >>> 0 === 0xffffffff
      // An invalid RDP byte reads as level 1, the safe side.
      this.loaded[i] = valid ? word : 0xffffffff
      if (!valid) this.sr |= SR_OPTVERR
    }
    this.optionRegisters.set(this.loaded)
  }

  get readProtected(): boolean {
    return (this.loaded[0] & 0xff) !== RDP_LEVEL_0
  }

  protected readOtherRegister(offset: number): number {
    const word = (offset - OPTR) >> 2
    return word >= 0 && word < OPTION_WORDS ? this.optionRegisters[word] : 0
  }

  protected writeOtherRegister(offset: number, value: number): void {
    const word = (offset - OPTR) >> 2
    if (word >= 0 && word < OPTION_WORDS && !this.optionsLocked)
      this.optionRegisters[word] = this.implemented(word, value)
  }

  /** The option keys are only taken once CR itself is unlocked. */
  protected get optionKeysAccepted(): boolean {
    return !this.locked && this.optionsLocked
  }

  protected unlockOptions(): void {
    this.cr &= ~CR_OPTLOCK
  }

  protected override finish(busyMs: number): void {
    if (this.cr & CR_EOPIE) this.sr |= SR_EOP
    super.finish(busyMs)
  }

  program(offset: number, size: AccessSize, value: number): void {
    this.programWord(this.flash.array, offset, size, value)
  }

  /**
   * One word write to flash (main or OTP): the first word of a double word
   * waits, the second programs both. Only 32-bit writes, PG set, no earlier
   * programming error pending, and the two words of one aligned double word.
   */
  private programWord(array: FlashArray, offset: number, size: AccessSize, value: number): void {
    const first = this.pending
    this.pending = undefined
    if (!(this.cr & CR_PG) || this.sr & SR_PROGRAMMING_ERRORS) this.sr |= SR_PGSERR
    else if (size !== 4) this.sr |= SR_SIZERR
    else if (!first && offset % 8 === 0) {
      this.pending = { array, offset, value }
      return
    } else if (!first || first.array !== array || offset !== first.offset + 4) {
      this.sr |= SR_PGAERR
    } else {
      this.programDoubleWord(array, first.offset, first.value, value)
    }
    this.finish(array === this.flash.array ? this.flash.faults.busyMs('program') : 0)
  }

  private programDoubleWord(array: FlashArray, offset: number, low: number, high: number): void {
    const main = array === this.flash.array
    const { faults } = this.flash
    const page = main ? this.flash.layout.sectorAt(offset) : undefined
    const blank = array.isErased(offset, 4) && array.isErased(offset + 4, 4)
    if (page && this.isProtected(page.index)) this.sr |= SR_WRPERR
    // Programming cells that are not erased fails, unless it writes all zeros.
    else if (!blank && (low | high) !== 0) this.sr |= SR_PROGERR
    else if (main && faults.programFails(offset, 4)) this.sr |= SR_PROGERR
    else if (main && faults.programFails(offset + 4, 4)) this.sr |= SR_PROGERR
    else {
      array.program(offset, 4, low)
      array.program(offset + 4, 4, high)
      if (main) faults.recordProgrammed(8)
    }
  }

  protected writeCr(value: number): void {
    // OPTLOCK is set only: a write of 0 leaves it as it is.
    this.cr = (value & CR_STORED) | ((this.cr | value) & CR_OPTLOCK)
    if (value & CR_STRT) this.start()
    if (value & CR_OPTSTRT && !this.optionsLocked) this.storeOptions()
    if (value & CR_OBL_LAUNCH && !this.optionsLocked) this.launchOptionLoad()
  }

  private start(): void {
    const { sectors } = this.flash.layout
    if (this.cr & CR_PER) {
      const page = (this.cr >>> CR_PNB_SHIFT) & CR_PNB_MASK
      if (page >= sectors.length) this.sr |= SR_PGSERR
      else this.erase([page])
    } else if (this.cr & CR_MER1) {
      this.erase(sectors.map((sector) => sector.index))
    }
    this.finish(this.flash.faults.busyMs('erase'))
  }

  // [model choice] An erase hit by the erase-fail fault sets OPERR even
  // without ERRIE, so that OpenOCD sees the operation fail.
  private erase(pages: readonly number[]): void {
    if (pages.some((page) => this.isProtected(page))) this.sr |= SR_WRPERR
    else this.eraseSectors(pages, SR_OPERR)
  }

  /** OPTSTRT: the option registers go to the option bytes; they apply at the next reset. */
  private storeOptions(): void {
    const rdpNow = this.options[0]
    const rdpNew = this.optionRegisters[0] & 0xff
    // [model choice] Level 2 is final: the option bytes no longer change.
    if (rdpNow !== RDP_LEVEL_2) {
      // Level 1 back to level 0 mass-erases main flash first.
      if (rdpNow !== RDP_LEVEL_0 && rdpNew === RDP_LEVEL_0)
        this.flash.array.erase(0, this.flash.layout.size)
      this.optionRegisters.forEach((word, i) => this.storeOption(i, word))
    }
    this.finish(0)
  }

  private storeOption(index: number, word: number): void {
    this.options.writeUInt32LE(word >>> 0, index * 8)
    this.options.writeUInt32LE(~word >>> 0, index * 8 + 4)
  }

  /** A WRPxyR keeps only the page-number bits the part implements. */
  private implemented(word: number, value: number): number {
    if (word !== WRP1AR_WORD && word !== WRP1BR_WORD) return value >>> 0
    return (value & (this.wrpMask | (this.wrpMask << 16))) >>> 0
  }

  private get optionsLocked(): boolean {
    return (this.cr & CR_OPTLOCK) !== 0
  }

  /** In a WRP area in force: START <= page <= END (an area with START > END is unused). */
  private isProtected(page: number): boolean {
    return [WRP1AR_WORD, WRP1BR_WORD].some((word) => {
      const area = this.loaded[word]
      const start = area & this.wrpMask
      const end = (area >>> 16) & this.wrpMask
      return start <= page && page <= end
    })
  }
}
