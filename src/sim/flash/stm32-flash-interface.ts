// What the STM32F1 FPEC, the STM32F4 and the STM32G4 flash interfaces have
// in common: ACR, the KEYR unlock sequence that clears CR.LOCK, the OPTKEYR
// sequence that unlocks the option bytes, SR with write-1-to-clear error
// flags and BSY, and CR writes ignored while locked. The register offsets and
// bit positions differ per family; the subclasses add option bytes and the
// operations.
import type { AccessSize } from '../bus/bus.js'
import { RegisterBlock, type RegisterFile } from '../bus/registers.js'
import { BusyTimer } from './busy-timer.js'
import type { FlashArray } from './flash-array.js'
import type {
  FlashController,
  MainFlash,
  MappedDevice,
  NonVolatileRegion,
} from './flash-controller.js'
import { FlashWindow, type FlashProgrammer } from './flash-window.js'
import { KeySequence } from './key-sequence.js'

export const KEY1 = 0x45670123
export const KEY2 = 0xcdef89ab
/** The option-byte keys of the F4, G4 and H7 (the F1 takes KEY1 and KEY2 again). */
export const OPTKEY1 = 0x08192a3b
export const OPTKEY2 = 0x4c5d6e7f

/** The RDP byte of the F4, G4 and H7 option bytes: 0xAA is level 0, 0xCC level 2, anything else level 1. */
export const RDP_LEVEL_0 = 0xaa
export const RDP_LEVEL_2 = 0xcc

const ACR = 0x00

/** Where KEYR, OPTKEYR, SR and CR sit in the register block. */
export interface FlashInterfaceRegisters {
  readonly keyr: number
  readonly optkeyr: number
  readonly sr: number
  readonly cr: number
}

/** F1 and F4: KEYR, OPTKEYR, SR, CR one after the other from 0x04. */
export const F1_F4_REGISTERS: FlashInterfaceRegisters = {
  keyr: 0x04,
  optkeyr: 0x08,
  sr: 0x0c,
  cr: 0x10,
}

export interface FlashInterfaceBits {
  readonly registers: FlashInterfaceRegisters
  /** The two keys OPTKEYR takes, in order. */
  readonly optionKeys: readonly [number, number]
  readonly crLock: number
  /** What CR holds while locked (after reset, or after a write that sets LOCK). */
  readonly crLocked: number
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
  private readonly optionKeys: KeySequence
  private readonly busy = new BusyTimer()

  constructor(
    private readonly bits: FlashInterfaceBits,
    protected readonly flash: MainFlash,
  ) {
    this.cr = bits.crLocked
    this.acr = bits.acrReset
    this.optionKeys = new KeySequence(...bits.optionKeys)
  }

  abstract program(offset: number, size: AccessSize, value: number): void

  /** F1 and F4 load their option bytes at every system reset: power-on is no different. */
  powerOnReset(): void {
    this.systemReset()
  }

  systemReset(): void {
    this.acr = this.bits.acrReset
    this.cr = this.bits.crLocked
    this.sr = 0
    this.keys.reset()
    this.optionKeys.reset()
    this.busy.reset()
  }

  readRegister(offset: number): number {
    const { registers } = this.bits
    if (offset === ACR) return this.acr
    if (offset === registers.sr) return this.sr | (this.busy.poll() ? this.bits.srBusy : 0)
    if (offset === registers.cr) return this.cr >>> 0
    return this.readOtherRegister(offset)
  }

  writeRegister(offset: number, value: number): void {
    const { registers } = this.bits
    if (offset === ACR) {
      this.acr = value & this.bits.acrWritable
    } else if (offset === registers.keyr) {
      // Keys written while unlocked are accepted silently (OpenOCD's F1
      // protect path unlocks twice).
      if (this.locked && this.keys.accept(value)) this.cr &= ~this.bits.crLock
    } else if (offset === registers.optkeyr) {
      if (this.optionKeysAccepted && this.optionKeys.accept(value)) this.unlockOptions()
    } else if (offset === registers.sr) {
      this.sr &= ~(value & this.bits.srWriteOneToClear)
    } else if (offset === registers.cr) {
      if (this.locked) return
      if (value & this.bits.crLock) {
        this.cr = this.bits.crLocked
        this.keys.reset()
      } else {
        this.writeCr(value)
      }
    } else {
      this.writeOtherRegister(offset, value)
    }
  }

  /** The interface's 1 KiB register block at `base`, as the bus sees it. */
  protected registerRegion(base: number): MappedDevice {
    return { base, size: 0x400, device: new RegisterBlock(this) }
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

  /** Whether an OPTKEYR write feeds the option key sequence now (each family gates it differently). */
  protected abstract get optionKeysAccepted(): boolean
  /** The option key sequence is complete: the option bytes may be changed. */
  protected abstract unlockOptions(): void
  /** A CR write while unlocked that does not lock. */
  protected abstract writeCr(value: number): void
  protected abstract readOtherRegister(offset: number): number
  protected abstract writeOtherRegister(offset: number, value: number): void
}

/** An OTP area at `base`: read like flash, each write handed to `program`; no erase reaches it. */
export function otpRegion(
  base: number,
  otp: FlashArray,
  program: FlashProgrammer['program'],
): MappedDevice {
  return { base, size: otp.bytes.length, device: new FlashWindow(otp, { program }) }
}
