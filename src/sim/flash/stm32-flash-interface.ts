// What the STM32F1 FPEC and the STM32F4 flash interface have in common:
// ACR, the KEYR unlock sequence that clears CR.LOCK, SR with write-1-to-clear
// error flags and BSY, and CR writes ignored while locked. The bit positions
// differ per family; the subclasses add option bytes and the operations.
import type { AccessSize } from '../bus/bus.js'
import type { RegisterFile } from '../bus/registers.js'
import { BusyTimer } from './busy-timer.js'
import type {
  FlashController,
  MainFlash,
  MappedDevice,
  NonVolatileRegion,
} from './flash-controller.js'
import { KeySequence } from './key-sequence.js'

export const KEY1 = 0x45670123
export const KEY2 = 0xcdef89ab

const ACR = 0x00
const KEYR = 0x04
export const OPTKEYR = 0x08
const SR = 0x0c
const CR = 0x10

export interface FlashInterfaceBits {
  readonly crLock: number
  readonly srBusy: number
  readonly srEndOfOperation: number
  readonly srWriteOneToClear: number
  readonly acrWritable: number
  readonly acrReset: number
}

export abstract class Stm32FlashInterface implements FlashController, RegisterFile {
  abstract readonly regions: readonly MappedDevice[]
  abstract readonly nonVolatile: readonly NonVolatileRegion[]
  abstract readonly readProtected: boolean
  protected cr: number
  protected sr = 0
  private acr: number
  private readonly keys = new KeySequence(KEY1, KEY2)
  private readonly busy = new BusyTimer()

  constructor(
    private readonly bits: FlashInterfaceBits,
    protected readonly flash: MainFlash,
  ) {
    this.cr = bits.crLock
    this.acr = bits.acrReset
  }

  abstract program(offset: number, size: AccessSize, value: number): void

  systemReset(): void {
    this.acr = this.bits.acrReset
    this.cr = this.bits.crLock
    this.sr = 0
    this.keys.reset()
    this.busy.reset()
  }

  readRegister(offset: number): number {
    switch (offset) {
      case ACR:
        return this.acr
      case SR:
        return this.sr | (this.busy.poll() ? this.bits.srBusy : 0)
      case CR:
        return this.cr >>> 0
      default:
        return this.readOtherRegister(offset)
    }
  }

  writeRegister(offset: number, value: number): void {
    switch (offset) {
      case ACR:
        this.acr = value & this.bits.acrWritable
        break
      case KEYR:
        // Keys written while unlocked are accepted silently (OpenOCD's F1
        // protect path unlocks twice).
        if (this.locked && this.keys.accept(value)) this.cr &= ~this.bits.crLock
        break
      case SR:
        this.sr &= ~(value & this.bits.srWriteOneToClear)
        break
      case CR:
        if (this.locked) break
        if (value & this.bits.crLock) {
          this.cr = this.bits.crLock
          this.keys.reset()
        } else {
          this.writeCr(value)
        }
        break
      default:
        this.writeOtherRegister(offset, value)
    }
  }

  protected get locked(): boolean {
    return (this.cr & this.bits.crLock) !== 0
  }

  /** Ends an operation: EOP, and BSY for `busyMs` (the slow-flash fault). */
  protected finish(busyMs: number): void {
    this.sr |= this.bits.srEndOfOperation
    this.busy.start(busyMs)
  }

  /** Programs main flash cells, unless the program-fail fault hits them: then SR gets `failure`. */
  protected programCells(offset: number, size: AccessSize, value: number, failure: number): void {
    const { array, faults } = this.flash
    if (faults.programFails(offset, size)) {
      this.sr |= failure
      return
    }
    array.program(offset, size, value)
    faults.recordProgrammed(size)
  }

  /** Erases sectors; one the erase-fail fault hits keeps its contents and SR gets `failure`. */
  protected eraseSectors(indexes: readonly number[], failure: number): void {
    const { array, layout, faults } = this.flash
    for (const index of indexes) {
      const sector = layout.sectors[index]
      if (faults.eraseFails(index)) this.sr |= failure
      else array.erase(sector.offset, sector.size)
    }
  }

  /** A CR write while unlocked that does not lock. */
  protected abstract writeCr(value: number): void
  protected abstract readOtherRegister(offset: number): number
  protected abstract writeOtherRegister(offset: number, value: number): void
}
