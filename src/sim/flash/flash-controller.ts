// What a chip's flash controller model provides to the chip that hosts it.
import type { AccessSize, BusDevice } from '../bus/bus.js'
import type { FaultInjector } from '../fault-injector.js'
import type { FlashArray } from './flash-array.js'
import type { FlashLayout } from './flash-layout.js'
import type { FlashProgrammer } from './flash-window.js'

/** A memory whose contents survive power-off; the state file keeps these. */
export interface NonVolatileRegion {
  readonly name: string
  readonly bytes: Buffer
}

export interface MappedDevice {
  readonly base: number
  readonly size: number
  readonly device: BusDevice
}

export interface FlashController extends FlashProgrammer {
  /** Programs main flash at `offset`, as a bus write there would. */
  program(offset: number, size: AccessSize, value: number): void
  /** The controller's registers and its other windows (option bytes, OTP). */
  readonly regions: readonly MappedDevice[]
  /** Non-volatile memory besides the main array (option bytes, OTP). */
  readonly nonVolatile: readonly NonVolatileRegion[]
  /**
   * Readout protection as loaded from the option bytes at the last reset:
   * while set, the debugger cannot read main flash (RM0008 §2.3.4, RM0090 §3.7.3).
   */
  readonly readProtected: boolean
  /** Told of every main-flash read, for controllers that check ECC on reads. */
  observeRead?(offset: number): void
  /** Peripheral reset: locks the interface and, on F1, F4 and H7, reloads the option bytes. */
  systemReset(): void
  /** Power-on reset: a system reset that also loads the option bytes on every part. */
  powerOnReset(): void
}

/** The main flash a controller operates on. */
export interface MainFlash {
  readonly base: number
  readonly array: FlashArray
  readonly layout: FlashLayout
  readonly faults: FaultInjector
}
