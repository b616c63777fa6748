// The Cortex-M debug block and the run/halt state around the core: DHCSR
// halting and stepping, DFSR reasons, DCRSR/DCRDR register transfers, DEMCR
// vector catch, FPB breakpoints, BKPT, lock-up and sleep (ARMv7-M ARM C1.6).
// The debug model drives the core one instruction at a time; when and how
// much it runs is the run loop's business (src/sim/run-loop.ts).
import type { AccessSize, BusDevice } from '../bus/bus.js'
import { RegisterBlock, type RegisterFile } from '../bus/registers.js'
import type { Core } from '../cpu/contract.js'
import type { DataWatchpoint } from './dwt.js'
import type { FlashPatchBreakpoint } from './fpb.js'

export interface CoreDescription {
  readonly cpuid: number
  /** MVFR0/MVFR1 of a core with an FPU; OpenOCD enables FPU registers only for exact values. */
  readonly mvfr?: readonly [number, number]
  readonly fpb: { readonly codeComparators: number; readonly literalComparators: number }
  readonly dwtComparators: number
  /** External interrupt lines (NVIC inputs). */
  readonly irqCount: number
  /** The core clock out of reset (the internal RC oscillator): SysTick's pace while asleep. */
  readonly resetClockHz: number
}

/** What the core is doing, as DHCSR shows it. */
export type RunState = 'halted' | 'running' | 'sleeping' | 'locked-up'

const CPUID = 0xd00
const DFSR = 0xd30
const DHCSR = 0xdf0
const DCRSR = 0xdf4
const DCRDR = 0xdf8
const DEMCR = 0xdfc
const MVFR0 = 0xf40
const MVFR1 = 0xf44
const DEBUG_REGISTERS = new Set([CPUID, DFSR, DHCSR, DCRSR, DCRDR, DEMCR, MVFR0, MVFR1])

const DBGKEY = 0xa05f
const C_DEBUGEN = 1 << 0
const C_HALT = 1 << 1
const C_STEP = 1 << 2
const C_MASKINTS = 1 << 3
const DHCSR_CONTROL = 0x2f // C_DEBUGEN, C_HALT, C_STEP, C_MASKINTS, C_SNAPSTALL
const S_REGRDY = 1 << 16
const S_HALT = 1 << 17
const S_SLEEP = 1 << 18
const S_LOCKUP = 1 << 19
const S_RETIRE_ST = 1 << 24
const S_RESET_ST = 1 << 25

const DCRSR_REGWNR = 1 << 16
const DCRSR_REGSEL = 0x7f
const PC = 15

const DFSR_HALTED = 1 << 0
const DFSR_BKPT = 1 << 1
const DFSR_VCATCH = 1 << 3
const DFSR_BITS = 0x1f

const DEMCR_VC_CORERESET = 1 << 0
const DEMCR_TRCENA = 1 << 24
const DEMCR_BITS = 0x010f07f1
/** DEMCR catch bits per exception number: the fault handlers OpenOCD can catch. */
const VECTOR_CATCH: Readonly<Record<number, number>> = {
  3: 1 << 10, // HardFault: VC_HARDERR
  4: 1 << 4, // MemManage: VC_MMERR
  5: 1 << 8, // BusFault: VC_BUSERR
  6: (1 << 5) | (1 << 6) | (1 << 7), // UsageFault: VC_NOCPERR, VC_CHKERR, VC_STATERR
}

/**
 * The System Control Space (4 KiB at 0xE000E000): the debug block answers
 * its registers, the core's SCB, NVIC and SysTick the rest.
 */
export class CortexMDebug implements BusDevice, RegisterFile {
  private readonly debugBlock = new RegisterBlock(this)
  private halted = false
  private sleeping = false
  /** A BKPT with no debugger attached: the core cannot go on until a reset. */
  private stuck = false
  private control = 0
  // Sticky, cleared by reading DHCSR: a core reset happened / an instruction retired.
  private resetSeen = true
  private retired = false
  private dfsr = 0
  private demcr = 0
  private dcrdr = 0
  private vectorCaught = false
  private statusPolled = false
  /** The core was resumed or reset into running: the run loop should start. */
  onRun: (() => void) | undefined

  constructor(
    private readonly description: CoreDescription,
    private readonly core: Core,
    private readonly fpb: FlashPatchBreakpoint,
    private readonly dwt: DataWatchpoint,
  ) {
    core.onExceptionEntry = (exception) => {
      const catchBits = VECTOR_CATCH[exception] ?? 0
      this.vectorCaught = this.debugging && (this.demcr & catchBits) !== 0
      return this.vectorCaught
    }
  }

  get state(): RunState {
    if (this.halted) return 'halted'
    if (this.core.lockedUp || this.stuck) return 'locked-up'
    return this.sleeping ? 'sleeping' : 'running'
  }

  /**
   * The core's part of a reset. Debug state (C_DEBUGEN, C_MASKINTS, DEMCR,
   * DFSR) survives; with vector catch the core halts before the first instruction.
   */
  reset(): void {
    this.core.reset()
    this.resetSeen = true
    this.sleeping = false
    this.stuck = false
    this.halted = false
    // [unverified vs silicon] A local reset ends a halt request: only vector
    // catch halts the core at the reset vector, which is what OpenOCD uses.
    this.control &= ~(C_HALT | C_STEP)
    if (this.debugging && this.demcr & DEMCR_VC_CORERESET) this.halt(DFSR_VCATCH)
    else this.onRun?.()
  }

  /**
   * Runs at most `budget` instructions while the core is running, stopping
   * at a breakpoint, a caught vector, the end of a step, sleep or lock-up.
   * Returns how many it ran; their cycles (one each) go to SysTick and DWT.
   */
  run(budget: number): number {
    const { core, fpb } = this
    const maskInterrupts = (this.control & C_MASKINTS) !== 0
    const stepping = (this.control & C_STEP) !== 0
    let count = 0
    while (count < budget && this.state === 'running') {
      if (fpb.breaksAt(core.readRegister(PC))) {
        this.halt(DFSR_BKPT)
        break
      }
      const outcome = core.step({ maskInterrupts })
      count++
      if (outcome.kind === 'breakpoint') {
        if (this.debugging) this.halt(DFSR_BKPT)
        else this.stuck = true
        break
      }
      this.retired = true
      if (outcome.kind === 'sleeping') this.sleeping = true
      if (this.vectorCaught) {
        this.vectorCaught = false
        this.halt(DFSR_VCATCH)
      } else if (stepping) {
        this.halt(DFSR_HALTED)
      }
    }
    this.passCycles(count)
    return count
  }

  /**
   * Whether the debugger read DHCSR while the core ran, since the last call:
   * it is waiting for the core (an algorithm's end, a breakpoint).
   */
  takeStatusPoll(): boolean {
    const polled = this.statusPolled
    this.statusPolled = false
    return polled
  }

  /** A sleeping core: `cycles` pass (SysTick counts), then it looks for a pending interrupt. */
  idle(cycles: number): void {
    if (this.state !== 'sleeping') return
    this.passCycles(cycles)
    this.sleeping = false
    this.run(1)
  }

  read(offset: number, size: AccessSize): number {
    return DEBUG_REGISTERS.has(offset & ~3)
      ? this.debugBlock.read(offset, size)
      : this.core.systemControlBus.read(offset, size)
  }

  write(offset: number, size: AccessSize, value: number): void {
    if (DEBUG_REGISTERS.has(offset & ~3)) this.debugBlock.write(offset, size, value)
    else this.core.systemControlBus.write(offset, size, value)
  }

  /** A debug register (the RegisterBlock's side). */
  readRegister(offset: number): number {
    switch (offset) {
      case CPUID:
        return this.description.cpuid
      case DFSR:
        return this.dfsr
      case DHCSR:
        return this.readDhcsr()
      case DCRSR:
        return 0
      case DCRDR:
        return this.dcrdr
      case DEMCR:
        return this.demcr
      case MVFR0:
        return this.description.mvfr?.[0] ?? 0
      default: // MVFR1
        return this.description.mvfr?.[1] ?? 0
    }
  }

  writeRegister(offset: number, value: number): void {
    switch (offset) {
      case DFSR:
        this.dfsr &= ~(value & DFSR_BITS)
        break
      case DHCSR:
        this.writeDhcsr(value)
        break
      case DCRSR:
        this.transferRegister(value)
        break
      case DCRDR:
        this.dcrdr = value
        break
      case DEMCR:
        this.demcr = value & DEMCR_BITS
        break
      // CPUID and MVFR0/1 are read-only.
    }
  }

  /** DHCSR.C_DEBUGEN: a debugger is attached. */
  get debugging(): boolean {
    return (this.control & C_DEBUGEN) !== 0
  }

  private readDhcsr(): number {
    let value = this.control | S_REGRDY
    const state = this.state
    if (state === 'running') this.statusPolled = true
    if (state === 'halted') value |= S_HALT
    if (state === 'sleeping') value |= S_SLEEP
    // Halting ends lock-up (ARMv7-M B1.5.15); resuming locks up again unless the PC was moved.
    if (state === 'locked-up') value |= S_LOCKUP
    if (this.retired) value |= S_RETIRE_ST
    if (this.resetSeen) value |= S_RESET_ST
    this.resetSeen = false
    this.retired = false
    return value >>> 0
  }

  private writeDhcsr(value: number): void {
    if (value >>> 16 !== DBGKEY) return
    this.control = value & DHCSR_CONTROL
    if (!this.debugging) {
      this.control = 0
      this.resume()
    } else if (this.control & C_HALT) {
      if (!this.halted) this.halt(DFSR_HALTED)
    } else if (this.halted) {
      this.resume()
    }
  }

  // A step takes nanoseconds on silicon, so it is over before the adapter's
  // next access (OpenOCD queues the step and the halt request together).
  private resume(): void {
    if (!this.halted) return
    this.halted = false
    if (this.control & C_STEP) this.run(1)
    else this.onRun?.()
  }

  // Transfers complete at once, so S_REGRDY is always set.
  private transferRegister(value: number): void {
    const selector = value & DCRSR_REGSEL
    if (value & DCRSR_REGWNR) this.core.writeRegister(selector, this.dcrdr)
    else this.dcrdr = this.core.readRegister(selector) >>> 0
  }

  // Entering Debug state sets C_HALT, whatever the reason (OpenOCD builds its
  // next DHCSR writes from the value it read).
  private halt(reason: number): void {
    this.control |= C_HALT
    this.halted = true
    this.sleeping = false
    this.stuck = false
    this.dfsr |= reason
  }

  private passCycles(cycles: number): void {
    if (cycles === 0) return
    this.core.advanceClock(cycles)
    this.dwt.countCycles(cycles, (this.demcr & DEMCR_TRCENA) !== 0)
  }
}
