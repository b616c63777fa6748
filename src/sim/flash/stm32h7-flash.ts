// The STM32H7A3/B3 flash interface (RM0455 §4): two banks, each with its own
// KEYR, CR, SR and CCR (bank 2's at +0x100), 8 KiB sectors, a 128-bit flash
// word collected in a write buffer (programmed when full, or early on CR.FW),
// SR.QW while a word or an erase is queued, error flags cleared through CCR,
// and option bytes (OPTSR, WPSN per bank: one bit per 4 sectors) written
// through the PRG registers and applied by OPTCR.OPTSTART. Programming a
// flash word that is not erased corrupts its ECC: reads of it flag DBECCERR.
import type { AccessSize } from '../bus/bus.js'
import { RegisterBlock, type RegisterFile } from '../bus/registers.js'
import { BusyTimer } from './busy-timer.js'
import type {
  FlashController,
  MainFlash,
  MappedDevice,
  NonVolatileRegion,
} from './flash-controller.js'
import { KeySequence } from './key-sequence.js'
import { KEY1, KEY2, OPTKEY1, OPTKEY2, RDP_LEVEL_0, RDP_LEVEL_2 } from './stm32-flash-interface.js'

export interface Stm32h7FlashDescription {
  readonly kind: 'stm32h7-flash'
  readonly registerBase: number
  /** Bytes of one flash word: what one program operation writes. */
  readonly flashWordBytes: number
  readonly sectorsPerBank: number
  /** Sectors one WPSN bit protects. */
  readonly sectorsPerProtectionGroup: number
  /** FLASH_OPTSR as shipped (RDP level 0). */
  readonly factoryOptions: number
}

// Per-bank registers; bank 2's sit BANK_STRIDE higher.
const BANK_STRIDE = 0x100
const KEYR = 0x04
const CR = 0x0c
const SR = 0x10
const CCR = 0x14
const WPSN_CUR = 0x38
const WPSN_PRG = 0x3c
const ECC_FA = 0x60
// Shared registers (mirrored in bank 2's window).
const ACR = 0x00
const OPTKEYR = 0x08
const OPTCR = 0x18
const OPTSR_CUR = 0x1c
const OPTSR_PRG = 0x20
const OPTCCR = 0x24

const CR_LOCK = 1 << 0
const CR_PG = 1 << 1
const CR_SER = 1 << 2
const CR_BER = 1 << 3
const CR_FW = 1 << 4
const CR_START = 1 << 5
const CR_SSN_SHIFT = 6
const CR_SSN_MASK = 0x7f
// LOCK, PG, SER, BER, SSN, CRC_EN and the interrupt enables; FW and START self-clear.
const CR_STORED = 0x1fff9fcf

const SR_BSY = 1 << 0
const SR_WBNE = 1 << 1
const SR_QW = 1 << 2
const SR_EOP = 1 << 16
const SR_WRPERR = 1 << 17
const SR_PGSERR = 1 << 18
const SR_INCERR = 1 << 21
const SR_OPERR = 1 << 22
const SR_DBECCERR = 1 << 26
/** EOP and the error flags CCR clears (bits 16-28). */
const SR_CLEARABLE = 0x1fff0000

const OPTCR_OPTLOCK = 1 << 0
const OPTCR_OPTSTART = 1 << 1
const OPTSR_BUSY = 1 << 0
const OPTSR_RDP_SHIFT = 8
const OPTSR_CHANGEERR = 1 << 30
/** The option bits OPTSR_PRG holds (not BUSY, not OPTCHANGEERR). */
const OPTSR_OPTIONS = 0xbffffffe
const ERASED = 0xff

/** One bank's own registers and its write buffer. */
class Bank {
  cr = CR_LOCK
  sr = 0
  eccAddress = 0
  readonly keys = new KeySequence(KEY1, KEY2)
  readonly busy = new BusyTimer()
  /** Flash offset of the buffered flash word, or -1 when the buffer is empty. */
  bufferedWord = -1
  readonly buffer: Buffer
  readonly written: boolean[]

  constructor(wordBytes: number) {
    this.buffer = Buffer.alloc(wordBytes, ERASED)
    this.written = new Array<boolean>(wordBytes).fill(false)
  }

  clearBuffer(): void {
    this.bufferedWord = -1
    this.buffer.fill(ERASED)
    this.written.fill(false)
  }

  reset(): void {
    this.cr = CR_LOCK
    this.sr = 0
    this.keys.reset()
    this.busy.reset()
    this.clearBuffer()
  }
}

export class Stm32h7Flash implements FlashController, RegisterFile {
  readonly regions: readonly MappedDevice[]
  readonly nonVolatile: readonly NonVolatileRegion[]
  /** OPTSR, WPSN bank 1, WPSN bank 2: the option bytes as programmed. */
  private readonly options = Buffer.alloc(12)
  private readonly banks: readonly Bank[]
  private readonly optionKeys = new KeySequence(OPTKEY1, OPTKEY2)
  private readonly optionBusy = new BusyTimer()
  /** Flash words programmed while not erased: their ECC no longer matches. */
  private readonly corrupted = new Set<number>()
  private acr = 0
  private optcr = OPTCR_OPTLOCK
  private optsrPrg = 0
  private readonly wpsnPrg = [0, 0]
  /** OPTSR_CUR.OPTCHANGEERR: the last OPTSTART could not change the option bytes. */
  private optionChangeError = false

  constructor(
    private readonly description: Stm32h7FlashDescription,
    private readonly flash: MainFlash,
  ) {
    this.banks = [new Bank(description.flashWordBytes), new Bank(description.flashWordBytes)]
    this.options.writeUInt32LE(description.factoryOptions >>> 0, 0)
    this.options.writeUInt32LE(0xffffffff, 4)
    this.options.writeUInt32LE(0xffffffff, 8)
    this.regions = [
      { base: description.registerBase, size: 2 * BANK_STRIDE, device: new RegisterBlock(this) },
    ]
    this.nonVolatile = [{ name: 'option-bytes', bytes: this.options }]
  }

  /** RDP as in force: since the last OPTSTART, which loads the option bytes it programs. */
  get readProtected(): boolean {
    return rdpOf(this.options.readUInt32LE(0)) !== RDP_LEVEL_0
  }

  /** Option bytes load at every reset on the H7 too. */
  powerOnReset(): void {
    this.systemReset()
  }

  systemReset(): void {
    for (const bank of this.banks) bank.reset()
    this.acr = 0
    this.optcr = OPTCR_OPTLOCK
    this.optionKeys.reset()
    this.optionBusy.reset()
    this.optionChangeError = false
    this.optsrPrg = this.options.readUInt32LE(0)
    this.wpsnPrg[0] = this.wpsn(0)
    this.wpsnPrg[1] = this.wpsn(1)
  }

  /** A main-flash read: a word with broken ECC flags DBECCERR in its bank. */
  observeRead(offset: number): void {
    const word = offset - (offset % this.description.flashWordBytes)
    if (!this.corrupted.has(word)) return
    const bank = this.banks[this.bankOf(offset)]
    bank.sr |= SR_DBECCERR
    bank.eccAddress = (word % this.bankSize) / this.description.flashWordBytes
  }

  readRegister(offset: number): number {
    const bank = this.banks[offset >= BANK_STRIDE ? 1 : 0]
    const index = offset >= BANK_STRIDE ? 1 : 0
    switch (offset % BANK_STRIDE) {
      case ACR:
        return this.acr
      case CR:
        return bank.cr >>> 0
      case SR: {
        const busy = bank.busy.poll() ? SR_QW | SR_BSY : 0
        return (bank.sr | busy | (bank.bufferedWord >= 0 ? SR_WBNE : 0)) >>> 0
      }
      case WPSN_CUR:
        return this.wpsn(index)
      case WPSN_PRG:
        return this.wpsnPrg[index] >>> 0
      case ECC_FA:
        return bank.eccAddress
      case OPTCR:
        return this.optcr >>> 0
      case OPTSR_CUR:
        return (
          (this.options.readUInt32LE(0) |
            (this.optionBusy.poll() ? OPTSR_BUSY : 0) |
            (this.optionChangeError ? OPTSR_CHANGEERR : 0)) >>>
          0
        )
      case OPTSR_PRG:
        return this.optsrPrg >>> 0
      default:
        return 0
    }
  }

  writeRegister(offset: number, value: number): void {
    const index = offset >= BANK_STRIDE ? 1 : 0
    const bank = this.banks[index]
    switch (offset % BANK_STRIDE) {
      case ACR:
        this.acr = value & 0x3f
        break
      case KEYR:
        if (bank.cr & CR_LOCK && bank.keys.accept(value)) bank.cr &= ~CR_LOCK
        break
      case CR:
        this.writeCr(index, value)
        break
      case CCR:
        bank.sr &= ~(value & SR_CLEARABLE)
        break
      case OPTKEYR:
        if (this.optcr & OPTCR_OPTLOCK && this.optionKeys.accept(value))
          this.optcr &= ~OPTCR_OPTLOCK
        break
      case OPTCR:
        this.writeOptcr(value)
        break
      case OPTSR_PRG:
        if (!(this.optcr & OPTCR_OPTLOCK)) this.optsrPrg = value & OPTSR_OPTIONS
        break
      case WPSN_PRG:
        if (!(this.optcr & OPTCR_OPTLOCK)) this.wpsnPrg[index] = value >>> 0
        break
      case OPTCCR:
        if (value & OPTSR_CHANGEERR) this.optionChangeError = false
        break
    }
  }

  /** A bus write into main flash: it fills the bank's write buffer. */
  program(offset: number, size: AccessSize, value: number): void {
    const index = this.bankOf(offset)
    const bank = this.banks[index]
    const wordBytes = this.description.flashWordBytes
    const word = offset - (offset % wordBytes)
    if (!(bank.cr & CR_PG)) {
      bank.sr |= SR_PGSERR
      return
    }
    if (bank.bufferedWord >= 0 && bank.bufferedWord !== word) {
      // A write to another flash word before this one was programmed.
      bank.sr |= SR_INCERR
      bank.clearBuffer()
      return
    }
    bank.bufferedWord = word
    for (let i = 0; i < size; i++) {
      bank.buffer[offset - word + i] = (value >>> (8 * i)) & 0xff
      bank.written[offset - word + i] = true
    }
    if (bank.written.every(Boolean)) this.programBuffer(bank)
  }

  private writeCr(index: number, value: number): void {
    const bank = this.banks[index]
    if (bank.cr & CR_LOCK) return
    if (value & CR_LOCK) {
      bank.cr = CR_LOCK
      bank.keys.reset()
      return
    }
    bank.cr = value & CR_STORED
    if (value & CR_FW && bank.bufferedWord >= 0) this.programBuffer(bank)
    if (value & CR_START) this.start(index)
  }

  /** Programs the buffered flash word (unwritten bytes stay erased), then QW for a while. */
  private programBuffer(bank: Bank): void {
    const word = bank.bufferedWord
    const wordBytes = this.description.flashWordBytes
    const { array, faults } = this.flash
    if (this.isProtected(this.sectorOf(word))) bank.sr |= SR_WRPERR
    else if (faults.programFails(word, wordBytes)) bank.sr |= SR_OPERR
    else {
      if (!isErased(array.bytes, word, wordBytes)) this.corrupted.add(word)
      for (let i = 0; i < wordBytes; i += 4) array.program(word + i, 4, bank.buffer.readUInt32LE(i))
      faults.recordProgrammed(wordBytes)
    }
    bank.clearBuffer()
    this.finish(bank, faults.busyMs('program'))
  }

  private start(index: number): void {
    const bank = this.banks[index]
    const first = index * this.description.sectorsPerBank
    if (bank.cr & CR_SER) {
      const sector = (bank.cr >>> CR_SSN_SHIFT) & CR_SSN_MASK
      if (sector >= this.description.sectorsPerBank) bank.sr |= SR_PGSERR
      else this.erase(bank, [first + sector])
    } else if (bank.cr & CR_BER) {
      const all = Array.from({ length: this.description.sectorsPerBank }, (_, i) => first + i)
      this.erase(bank, all)
    }
    this.finish(bank, this.flash.faults.busyMs('erase'))
  }

  private erase(bank: Bank, sectors: readonly number[]): void {
    if (sectors.some((sector) => this.isProtected(sector))) {
      bank.sr |= SR_WRPERR
      return
    }
    const { array, layout, faults } = this.flash
    for (const index of sectors) {
      const sector = layout.sectors[index]
      if (faults.eraseFails(index)) {
        bank.sr |= SR_OPERR
        continue
      }
      array.erase(sector.offset, sector.size)
      for (const word of this.corrupted)
        if (word >= sector.offset && word < sector.offset + sector.size) this.corrupted.delete(word)
    }
  }

  private finish(bank: Bank, busyMs: number): void {
    bank.sr |= SR_EOP
    bank.busy.start(busyMs)
  }

  // The new option bytes apply when OPTSTART programs them: WPSN_CUR and
  // OPTSR_CUR show them at once (RM0455 §4.4.3 reloads them without a reset),
  // and readout protection is in force from then on, as H7 users find when
  // a debugger loses flash right after setting RDP level 1 [unverified vs
  // silicon: the debugger-intrusion lock until power-on is not modelled].
  private writeOptcr(value: number): void {
    if (this.optcr & OPTCR_OPTLOCK) return
    if (value & OPTCR_OPTLOCK) {
      this.optcr = OPTCR_OPTLOCK
      this.optionKeys.reset()
      return
    }
    this.optcr = value & ~OPTCR_OPTSTART & ~OPTSR_CHANGEERR
    if (!(value & OPTCR_OPTSTART)) return
    const rdpNow = rdpOf(this.options.readUInt32LE(0))
    // [model choice] Level 2 is final: OPTSTART changes nothing and flags OPTCHANGEERR.
    if (rdpNow === RDP_LEVEL_2) {
      this.optionChangeError = true
      return
    }
    // Level 1 back to level 0 erases both banks first.
    if (rdpNow !== RDP_LEVEL_0 && rdpOf(this.optsrPrg) === RDP_LEVEL_0) {
      this.flash.array.erase(0, this.flash.layout.size)
      this.corrupted.clear()
    }
    this.options.writeUInt32LE(this.optsrPrg >>> 0, 0)
    this.options.writeUInt32LE(this.wpsnPrg[0] >>> 0, 4)
    this.options.writeUInt32LE(this.wpsnPrg[1] >>> 0, 8)
    this.optionBusy.start(0)
  }

  private wpsn(bank: number): number {
    return this.options.readUInt32LE(4 + 4 * bank)
  }

  private isProtected(sector: number): boolean {
    const { sectorsPerBank, sectorsPerProtectionGroup } = this.description
    const bank = Math.floor(sector / sectorsPerBank)
    const group = Math.floor((sector % sectorsPerBank) / sectorsPerProtectionGroup)
    return ((this.wpsn(bank) >>> group) & 1) === 0
  }

  private get bankSize(): number {
    return this.flash.layout.size / 2
  }

  private bankOf(offset: number): number {
    return offset >= this.bankSize ? 1 : 0
  }

  private sectorOf(offset: number): number {
    return this.flash.layout.sectorAt(offset)?.index ?? 0
  }
}

function rdpOf(options: number): number {
  return (options >>> OPTSR_RDP_SHIFT) & 0xff
}

function isErased(bytes: Buffer, offset: number, length: number): boolean {
  for (let i = offset; i < offset + length; i++) if (bytes[i] !== ERASED) return false
  return true
}
