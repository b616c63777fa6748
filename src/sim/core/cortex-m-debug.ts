// The Cortex-M System Control Space as a debugger sees it: CPUID, AIRCR,
// DFSR, the core debug registers (DHCSR, DCRSR, DCRDR, DEMCR) and, on an
// M4F, the FPU feature registers. It also owns the run/halt state.
import type { RegisterFile } from '../bus/registers.js'
import { CoreRegisters } from './core-registers.js'

export interface CoreDescription {
  readonly cpuid: number
  /** MVFR0/MVFR1 of a core with an FPU; OpenOCD enables FPU registers only for exact values. */
  readonly mvfr?: readonly [number, number]
  readonly fpb: { readonly codeComparators: number; readonly literalComparators: number }
  readonly dwtComparators: number
}

const CPUID = 0xd00
const AIRCR = 0xd0c
const DFSR = 0xd30
const DHCSR = 0xdf0
const DCRSR = 0xdf4
const DCRDR = 0xdf8
const DEMCR = 0xdfc
const MVFR0 = 0xf40
const MVFR1 = 0xf44

const DBGKEY = 0xa05f
const VECTKEY = 0x05fa
const AIRCR_READ_KEY = 0xfa050000
const AIRCR_VECTRESET = 1 << 0
const AIRCR_SYSRESETREQ = 1 << 2

const C_DEBUGEN = 1 << 0
const C_HALT = 1 << 1
const C_STEP = 1 << 2
const DHCSR_CONTROL = 0x2f // C_DEBUGEN, C_HALT, C_STEP, C_MASKINTS, C_SNAPSTALL
const S_REGRDY = 1 << 16
const S_HALT = 1 << 17
const S_RETIRE_ST = 1 << 24
const S_RESET_ST = 1 << 25

const DCRSR_REGWNR = 1 << 16
const DCRSR_REGSEL = 0x7f

const DFSR_HALTED = 1 << 0
const DFSR_VCATCH = 1 << 3
const DFSR_BITS = 0x1f

const DEMCR_VC_CORERESET = 1 << 0
const DEMCR_BITS = 0x010f07f1

export class CortexMDebug implements RegisterFile {
  readonly registers = new CoreRegisters()
  private halted = false
  private control = 0
  // Set by every core reset (including power-on), cleared by reading DHCSR.
  private resetSeen = true
  private dfsr = 0
  private demcr = 0
  private dcrdr = 0
  private prigroup = 0

  constructor(
    private readonly description: CoreDescription,
    /** AIRCR.SYSRESETREQ: the chip resets its peripherals and calls reset(). */
    private readonly requestSystemReset: () => void,
    /** Reads a vector-table word at reset. */
    private readonly readVector: (address: number) => number,
  ) {}

  /**
   * The core's part of a reset. Debug state (DHCSR control, DEMCR, DFSR)
   * survives; with vector catch the core halts before the first instruction.
   */
  reset(): void {
    this.registers.reset(this.readVector(0), this.readVector(4))
    this.resetSeen = true
    const debugging = (this.control & C_DEBUGEN) !== 0
    if (debugging && this.demcr & DEMCR_VC_CORERESET) {
      this.control |= C_HALT
      this.halt(DFSR_VCATCH)
    } else if (debugging && this.control & C_HALT) {
      this.halt(DFSR_HALTED)
    } else {
      this.halted = false
    }
  }

  readRegister(offset: number): number {
    switch (offset) {
      case CPUID:
        return this.description.cpuid
      case AIRCR:
        return (AIRCR_READ_KEY | (this.prigroup << 8)) >>> 0
      case DFSR:
        return this.dfsr
      case DHCSR:
        return this.readDhcsr()
      case DCRDR:
        return this.dcrdr
      case DEMCR:
        return this.demcr
      case MVFR0:
        return this.description.mvfr?.[0] ?? 0
      case MVFR1:
        return this.description.mvfr?.[1] ?? 0
      default:
        return 0
    }
  }

  writeRegister(offset: number, value: number): void {
    switch (offset) {
      case AIRCR:
        this.writeAircr(value)
        break
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
    }
  }

  private readDhcsr(): number {
    let value = this.control | S_REGRDY | (this.halted ? S_HALT : S_RETIRE_ST)
    if (this.resetSeen) value |= S_RESET_ST
    this.resetSeen = false
    return value >>> 0
  }

  private writeDhcsr(value: number): void {
    if (value >>> 16 !== DBGKEY) return
    this.control = value & DHCSR_CONTROL
    if (!(this.control & C_DEBUGEN)) {
      this.halted = false
    } else if (this.control & C_HALT) {
      if (!this.halted) this.halt(DFSR_HALTED)
    } else if (this.halted) {
      // Resume; a step executes "one instruction" (none here) and halts again.
      this.halted = false
      if (this.control & C_STEP) this.halt(DFSR_HALTED)
    }
  }

  private writeAircr(value: number): void {
    if (value >>> 16 !== VECTKEY) return
    this.prigroup = (value >>> 8) & 7
    if (value & AIRCR_SYSRESETREQ) this.requestSystemReset()
    else if (value & AIRCR_VECTRESET) this.reset()
  }

  // Transfers complete at once, so S_REGRDY is always set.
  private transferRegister(value: number): void {
    const selector = value & DCRSR_REGSEL
    if (value & DCRSR_REGWNR) this.registers.write(selector, this.dcrdr)
    else this.dcrdr = this.registers.read(selector)
  }

  private halt(reason: number): void {
    this.halted = true
    this.dfsr |= reason
  }
}
