// The ARMv7-M processor state, its memory accesses, and the exception model
// (DDI0403E B1.4, B1.5): reset, exception entry and return, faults and their
// escalation, lock-up, sleep. The instruction executors (thumb16.ts,
// thumb32.ts) act on this state.
import { BusFault, type AccessSize, type BusDevice } from '../bus/bus.js'
import type { RegisterFile } from '../bus/registers.js'
import type { Core, CoreOptions, CpuBus, StepOutcome } from './contract.js'
import {
  CCR_NONBASETHRDENA,
  CCR_UNALIGN_TRP,
  CFSR_BFARVALID,
  CFSR_IACCVIOL,
  CFSR_IBUSERR,
  CFSR_INVPC,
  CFSR_INVSTATE,
  CFSR_NOCP,
  CFSR_PRECISERR,
  CFSR_STKERR,
  CFSR_UNALIGNED,
  CFSR_UNDEFINSTR,
  CFSR_UNSTKERR,
  Exception,
  HFSR_FORCED,
  HFSR_VECTTBL,
  SCR_SLEEPONEXIT,
  SystemControl,
} from './system-control.js'
import { execute16 } from './thumb16.js'
import { execute32 } from './thumb32.js'

/** A synchronous fault raised by an instruction: which fault, and its CFSR bit. */
export class CpuFault extends Error {
  constructor(
    readonly exception: number,
    readonly cfsrBit: number,
  ) {
    super(`fault ${exception} 0x${cfsrBit.toString(16)}`)
  }
}

export const undefinedInstruction = (): CpuFault =>
  new CpuFault(Exception.UsageFault, CFSR_UNDEFINSTR)
export const noCoprocessor = (): CpuFault => new CpuFault(Exception.UsageFault, CFSR_NOCP)
export const unalignedAccess = (): CpuFault => new CpuFault(Exception.UsageFault, CFSR_UNALIGNED)

const EXECUTED: StepOutcome = { kind: 'executed' }
const SLEEPING: StepOutcome = { kind: 'sleeping' }
const LOCKUP: StepOutcome = { kind: 'lockup' }

const LOCKUP_PC = 0xfffffffe
const XPSR_STACK_ALIGNED = 1 << 9

export class Cpu implements Core {
  /** r0-r15; r13 is the current stack pointer, r15 reads as this instruction's address + 4 while it executes. */
  readonly r = new Uint32Array(16)
  /** The banked stack pointer not in r13. */
  otherSp = 0
  n = 0
  z = 0
  c = 0
  v = 0
  q = 0
  ge = 0
  /** EPSR.T. */
  t = 1
  itState = 0
  ipsr = 0
  primask = 0
  faultmask = 0
  basepri = 0
  /** CONTROL.nPRIV (bit 0) and CONTROL.SPSEL (bit 1). */
  control = 0
  /** Where the next instruction is fetched; instructions that branch set it. */
  nextPc = 0
  /** The address of the instruction executing. */
  currentPc = 0
  /** An EXC_RETURN value loaded into the PC, acted on when the instruction completes. */
  excReturn = 0
  /** The local exclusive monitor: LDREX opens it, STREX and CLREX close it. */
  exclusive = false
  /** SVC executed: SVCall is taken once the instruction completes. */
  supervisorCall = false
  sleeping = false
  /** Sleeping by WFE (wakes on the event register too). */
  private waitingForEvent = false
  private locked = false
  private lastMaskInterrupts = false
  /** The address of the data access in progress, for BFAR. */
  dataAddress = 0
  onExceptionEntry: ((exception: number) => boolean) | undefined = undefined

  readonly bus: CpuBus
  readonly scb: SystemControl
  readonly fpu: boolean

  constructor(options: CoreOptions) {
    this.bus = options.bus
    this.fpu = options.fpu
    this.scb = new SystemControl({
      fpu: options.fpu,
      irqCount: options.irqCount,
      currentException: () => this.ipsr,
      clearCurrentException: () => this.setModeAndControl(0, this.control),
      requestSystemReset: () => options.onSystemResetRequest(),
    })
  }

  get systemControl(): RegisterFile {
    return this.scb
  }

  get systemControlBus(): BusDevice {
    return this.scb.busDevice
  }

  get currentException(): number {
    return this.ipsr
  }

  get lockedUp(): boolean {
    return this.locked
  }

  reset(): void {
    this.r.fill(0)
    this.scb.reset()
    this.n = this.z = this.c = this.v = this.q = this.ge = 0
    this.itState = 0
    this.ipsr = 0
    this.primask = this.faultmask = this.basepri = 0
    this.control = 0
    this.otherSp = 0
    this.exclusive = false
    this.sleeping = false
    this.waitingForEvent = false
    this.locked = false
    this.excReturn = 0
    this.r[14] = 0xffffffff
    let sp: number
    let pc: number
    try {
      sp = this.bus.read(0, 4)
      pc = this.bus.read(4, 4)
    } catch (error) {
      if (!(error instanceof BusFault)) throw error
      this.lockup()
      return
    }
    this.r[13] = sp & ~3
    this.t = pc & 1
    this.r[15] = this.nextPc = (pc & ~1) >>> 0
  }

  step(options?: { readonly maskInterrupts?: boolean }): StepOutcome {
    if (this.locked) return LOCKUP
    const mask = options?.maskInterrupts === true
    const scb = this.scb
    if (mask !== this.lastMaskInterrupts) {
      this.lastMaskInterrupts = mask
      scb.dirty = true
    }
    if (scb.dirty) {
      const candidate = scb.highestPending(mask)
      if (candidate !== 0) {
        const priority = scb.groupPriority(candidate)
        if (priority < this.executionPriority()) {
          this.sleeping = false
          return this.takeException(candidate, this.r[15])
        }
        // WFI wakes for an interrupt that PRIMASK alone holds off.
        if (this.sleeping && priority < this.executionPriority(false)) this.sleeping = false
      }
      if (this.sleeping && this.waitingForEvent && scb.event) {
        scb.event = false
        this.sleeping = false
      }
      if (!this.sleeping) scb.dirty = false
    }
    if (this.sleeping) return SLEEPING
    return this.execute()
  }

  private execute(): StepOutcome {
    const r = this.r
    const pc = r[15]
    this.currentPc = pc
    if (this.t === 0) return this.fault(Exception.UsageFault, CFSR_INVSTATE)
    // The default memory map makes Peripheral, Device and System space execute-never (B3.1).
    if (pc >= 0x40000000 && (pc < 0x60000000 || pc >= 0xa0000000)) {
      return this.fault(Exception.MemManage, CFSR_IACCVIOL)
    }
    let hw1: number
    let hw2 = 0
    try {
      hw1 = this.bus.read(pc, 2)
      if (hw1 >= 0xe800) hw2 = this.bus.read((pc + 2) >>> 0, 2)
    } catch (error) {
      if (!(error instanceof BusFault)) throw error
      return this.fault(Exception.BusFault, CFSR_IBUSERR)
    }
    const itState = this.itState
    try {
      if (hw1 >= 0xe800) {
        this.nextPc = (pc + 4) >>> 0
        r[15] = this.nextPc
        if (itState === 0 || this.conditionPassed(itState >>> 4)) execute32(this, hw1, hw2)
      } else {
        this.nextPc = (pc + 2) >>> 0
        r[15] = (pc + 4) >>> 0
        // BKPT is unconditional (A7.7.17).
        if (itState === 0 || this.conditionPassed(itState >>> 4) || (hw1 & 0xff00) === 0xbe00) {
          const outcome = execute16(this, hw1)
          if (outcome !== undefined) {
            r[15] = pc
            return outcome
          }
        }
      }
    } catch (error) {
      r[15] = pc
      this.excReturn = 0
      if (error instanceof CpuFault) return this.fault(error.exception, error.cfsrBit)
      if (error instanceof BusFault) {
        this.scb.bfar = this.dataAddress >>> 0
        return this.fault(Exception.BusFault, CFSR_PRECISERR | CFSR_BFARVALID)
      }
      throw error
    }
    if (itState !== 0 && (itState & 0xf) !== 0) {
      this.itState = (itState & 7) === 0 ? 0 : (itState & 0xe0) | ((itState << 1) & 0x1f)
    }
    r[15] = this.nextPc
    if (this.excReturn !== 0) return this.exceptionReturn()
    if (this.supervisorCall) {
      this.supervisorCall = false
      return this.fault(Exception.SVCall, 0, this.nextPc)
    }
    if (this.sleeping) return SLEEPING
    return EXECUTED
  }

  conditionPassed(cond: number): boolean {
    let result: boolean
    switch (cond >>> 1) {
      case 0:
        result = this.z === 1
        break
      case 1:
        result = this.c === 1
        break
      case 2:
        result = this.n === 1
        break
      case 3:
        result = this.v === 1
        break
      case 4:
        result = this.c === 1 && this.z === 0
        break
      case 5:
        result = this.n === this.v
        break
      case 6:
        result = this.n === this.v && this.z === 0
        break
      default:
        return true
    }
    return (cond & 1) === 0 ? result : !result
  }

  /** Flags set from a result: N and Z. */
  setNZ(result: number): void {
    this.n = result >>> 31
    this.z = result === 0 ? 1 : 0
  }

  // ---- PC writes (A2.3.1) ----

  branchTo(address: number): void {
    this.nextPc = (address & ~1) >>> 0
  }

  /** BXWritePC / LoadWritePC: bit 0 is the T bit; EXC_RETURN values in handler mode return from the exception. */
  branchExchange(address: number): void {
    address >>>= 0
    if (this.ipsr !== 0 && address >>> 28 === 0xf) {
      this.excReturn = address
      return
    }
    this.t = address & 1
    this.nextPc = (address & ~1) >>> 0
  }

  // ---- Memory (A3.2: unaligned LDR/STR/LDRH/STRH split into bytes unless CCR.UNALIGN_TRP) ----

  read(address: number, size: AccessSize): number {
    address >>>= 0
    this.dataAddress = address
    if ((address & (size - 1)) === 0) return this.bus.read(address, size)
    if (this.scb.ccr & CCR_UNALIGN_TRP) throw unalignedAccess()
    let value = 0
    for (let i = 0; i < size; i++) {
      this.dataAddress = (address + i) >>> 0
      value |= this.bus.read(this.dataAddress, 1) << (8 * i)
    }
    return value >>> 0
  }

  write(address: number, size: AccessSize, value: number): void {
    address >>>= 0
    this.dataAddress = address
    if ((address & (size - 1)) === 0) {
      this.bus.write(address, size, value)
      return
    }
    if (this.scb.ccr & CCR_UNALIGN_TRP) throw unalignedAccess()
    for (let i = 0; i < size; i++) {
      this.dataAddress = (address + i) >>> 0
      this.bus.write(this.dataAddress, 1, (value >>> (8 * i)) & 0xff)
    }
  }

  /** Accesses that must be aligned whatever CCR says: LDM/STM, LDRD/STRD, LDREX/STREX. */
  readAligned(address: number): number {
    if (address & 3) throw unalignedAccess()
    this.dataAddress = address >>> 0
    return this.bus.read(address >>> 0, 4)
  }

  writeAligned(address: number, value: number): void {
    if (address & 3) throw unalignedAccess()
    this.dataAddress = address >>> 0
    this.bus.write(address >>> 0, 4, value >>> 0)
  }

  // ---- Special registers ----

  get privileged(): boolean {
    return this.ipsr !== 0 || (this.control & 1) === 0
  }

  apsr(): number {
    return (
      ((this.n << 31) |
        (this.z << 30) |
        (this.c << 29) |
        (this.v << 28) |
        (this.q << 27) |
        (this.ge << 16)) >>>
      0
    )
  }

  epsr(): number {
    return ((this.t << 24) | ((this.itState & 3) << 25) | ((this.itState >>> 2) << 10)) >>> 0
  }

  xpsr(): number {
    return (this.apsr() | this.epsr() | this.ipsr) >>> 0
  }

  writeApsr(value: number, flags: boolean, ge: boolean): void {
    if (flags) {
      this.n = value >>> 31
      this.z = (value >>> 30) & 1
      this.c = (value >>> 29) & 1
      this.v = (value >>> 28) & 1
      this.q = (value >>> 27) & 1
    }
    if (ge) this.ge = (value >>> 16) & 0xf
  }

  /** The whole xPSR, IPSR too, with the stack pointer that goes with the mode. */
  private writeXpsr(value: number): void {
    this.writeApsr(value, true, true)
    this.t = (value >>> 24) & 1
    this.itState = ((value >>> 25) & 3) | (((value >>> 10) & 0x3f) << 2)
    this.setModeAndControl(value & 0x1ff, this.control)
  }

  get msp(): number {
    return this.control & 2 && this.ipsr === 0 ? this.otherSp : this.r[13]
  }

  set msp(value: number) {
    if (this.control & 2 && this.ipsr === 0) this.otherSp = value & ~3
    else this.r[13] = value & ~3
  }

  get psp(): number {
    return this.control & 2 && this.ipsr === 0 ? this.r[13] : this.otherSp
  }

  set psp(value: number) {
    if (this.control & 2 && this.ipsr === 0) this.r[13] = value & ~3
    else this.otherSp = value & ~3
  }

  /** True while r13 is the process stack pointer. */
  private usingPsp(): boolean {
    return (this.control & 2) !== 0 && this.ipsr === 0
  }

  /** Changes IPSR and CONTROL together, swapping the banked SP when the selection changes. */
  private setModeAndControl(ipsr: number, control: number): void {
    const before = this.usingPsp()
    this.ipsr = ipsr
    this.control = control
    if (before !== this.usingPsp()) {
      const sp = this.r[13]
      this.r[13] = this.otherSp
      this.otherSp = sp
    }
  }

  writeControl(value: number): void {
    // SPSEL is writable in thread mode only; no FPCA without an FPU.
    const spsel = this.ipsr === 0 ? value & 2 : this.control & 2
    this.setModeAndControl(this.ipsr, (value & 1) | spsel)
  }

  /** Execution priority (B1.5.4) with PRIMASK, FAULTMASK and BASEPRI. */
  executionPriority(withPrimask = true): number {
    let priority = this.scb.activePriority()
    if (this.basepri !== 0) {
      const boosted = this.basepri & this.scb.groupMask()
      if (boosted < priority) priority = boosted
    }
    if (withPrimask && this.primask) priority = Math.min(priority, 0)
    if (this.faultmask) priority = -1
    return priority
  }

  // ---- Exceptions ----

  /** A synchronous fault at `currentPc`: taken now, escalated to HardFault, or lock-up. */
  fault(exception: number, cfsrBits: number, returnAddress = this.currentPc): StepOutcome {
    const scb = this.scb
    this.r[15] = returnAddress
    this.excReturn = 0
    let target = exception
    scb.cfsr |= cfsrBits
    if (
      exception !== Exception.HardFault &&
      (!scb.faultEnabled(exception) || scb.groupPriority(exception) >= this.executionPriority())
    ) {
      target = Exception.HardFault
      scb.hfsr |= HFSR_FORCED
    }
    if (target === Exception.HardFault && this.executionPriority() <= -1) return this.lockup()
    return this.takeException(target, returnAddress)
  }

  private lockup(): StepOutcome {
    this.locked = true
    this.sleeping = false
    this.r[15] = this.nextPc = LOCKUP_PC
    return LOCKUP
  }

  /** Stacks the context, then enters the handler (B1.5.6, B1.5.7). */
  takeException(exception: number, returnAddress: number): StepOutcome {
    const scb = this.scb
    const r = this.r
    const alignStack = (scb.ccr & (1 << 9)) !== 0
    const frameAligned = alignStack && (r[13] & 4) !== 0 ? 1 : 0
    const sp = ((r[13] - 0x20) & (alignStack ? ~7 : ~3)) >>> 0
    const xpsr = (this.xpsr() & ~XPSR_STACK_ALIGNED) | (frameAligned ? XPSR_STACK_ALIGNED : 0)
    const frame = [r[0], r[1], r[2], r[3], r[12], r[14], returnAddress, xpsr]
    const excReturn = this.ipsr !== 0 ? 0xfffffff1 : this.control & 2 ? 0xfffffffd : 0xfffffff9
    r[13] = sp
    let stackFault = false
    for (let i = 0; i < 8; i++) {
      try {
        this.dataAddress = sp + 4 * i
        this.bus.write(sp + 4 * i, 4, frame[i] >>> 0)
      } catch (error) {
        if (!(error instanceof BusFault)) throw error
        stackFault = true
      }
    }
    return this.enterHandler(exception, excReturn, stackFault)
  }

  private enterHandler(exception: number, excReturn: number, stackFault: boolean): StepOutcome {
    const scb = this.scb
    let vector: number
    try {
      vector = this.bus.read((scb.vtor + 4 * exception) >>> 0, 4)
    } catch (error) {
      if (!(error instanceof BusFault)) throw error
      if (this.executionPriority() <= -1 || exception === Exception.HardFault) return this.lockup()
      scb.hfsr |= HFSR_VECTTBL
      return this.enterHandler(Exception.HardFault, excReturn, false)
    }
    this.r[14] = excReturn
    this.setModeAndControl(exception, this.control & ~2)
    this.t = vector & 1
    this.itState = 0
    this.exclusive = false
    scb.pending[exception] = 0
    scb.active[exception] = 1
    scb.event = true
    scb.dirty = true
    this.r[15] = this.nextPc = (vector & ~1) >>> 0
    if (stackFault) {
      // A derived fault: BusFault on stacking, pending behind the handler just entered.
      scb.cfsr |= CFSR_STKERR
      scb.setPending(
        scb.faultEnabled(Exception.BusFault) ? Exception.BusFault : Exception.HardFault,
      )
    }
    // Entry is always the last thing a step does, so a vector catch needs nothing more here.
    this.onExceptionEntry?.(exception)
    return EXECUTED
  }

  /** Exception return (B1.5.8) for the EXC_RETURN value the instruction loaded into the PC. */
  private exceptionReturn(): StepOutcome {
    const scb = this.scb
    const value = this.excReturn
    this.excReturn = 0
    const returning = this.ipsr
    const kind = value & 0xf
    const toThread = kind === 0x9 || kind === 0xd
    if (
      (value & 0x0ffffff0) !== 0x0ffffff0 ||
      (kind !== 0x1 && !toThread) ||
      !scb.active[returning] ||
      (toThread && scb.activeCount() !== 1 && (scb.ccr & CCR_NONBASETHRDENA) === 0)
    ) {
      // INVPC is raised on the return: the stacked PC shows the EXC_RETURN value.
      this.currentPc = value
      this.r[14] = value
      return this.fault(Exception.UsageFault, CFSR_INVPC)
    }
    scb.active[returning] = 0
    if (returning !== Exception.NMI) this.faultmask = 0
    this.exclusive = false
    scb.dirty = true
    scb.event = true
    // Select the stack the frame is on, then pop it.
    this.setModeAndControl(
      toThread ? 0 : this.ipsr,
      kind === 0xd ? this.control | 2 : this.control & ~2,
    )
    const r = this.r
    const sp = r[13]
    const frame = [0, 0, 0, 0, 0, 0, 0, 0]
    let unstackFault = false
    for (let i = 0; i < 8; i++) {
      try {
        this.dataAddress = sp + 4 * i
        frame[i] = this.bus.read((sp + 4 * i) >>> 0, 4)
      } catch (error) {
        if (!(error instanceof BusFault)) throw error
        unstackFault = true
      }
    }
    const xpsr = frame[7]
    r[0] = frame[0]
    r[1] = frame[1]
    r[2] = frame[2]
    r[3] = frame[3]
    r[12] = frame[4]
    r[14] = frame[5]
    r[13] = (sp + 0x20 + (xpsr & XPSR_STACK_ALIGNED && scb.ccr & (1 << 9) ? 4 : 0)) >>> 0
    this.writeXpsr(toThread ? xpsr & ~0x1ff : xpsr)
    r[15] = this.nextPc = (frame[6] & ~1) >>> 0
    if (unstackFault) {
      this.currentPc = r[15]
      return this.fault(Exception.BusFault, CFSR_UNSTKERR)
    }
    if (toThread && this.scb.scr & SCR_SLEEPONEXIT) this.sleeping = true
    return EXECUTED
  }

  /** WFI: sleep unless an exception is already waiting. WFE: also the event register. */
  sleep(forEvent: boolean): void {
    if (forEvent && this.scb.event) {
      this.scb.event = false
      return
    }
    this.sleeping = true
    this.waitingForEvent = forEvent
    this.scb.dirty = true
  }

  sendEvent(): void {
    this.scb.event = true
    this.scb.dirty = true
  }

  // ---- The debugger's view (DCRSR.REGSEL) ----

  readRegister(selector: number): number {
    if (selector <= 15) return this.r[selector]
    switch (selector) {
      case 16:
        return this.xpsr()
      case 17:
        return this.msp
      case 18:
        return this.psp
      case 20:
        return (
          ((this.control << 24) | (this.faultmask << 16) | (this.basepri << 8) | this.primask) >>> 0
        )
      default:
        return 0
    }
  }

  writeRegister(selector: number, value: number): void {
    value >>>= 0
    if (selector <= 15) {
      if (selector === 15) {
        this.r[15] = this.nextPc = (value & ~1) >>> 0
        this.locked = false
      } else if (selector === 13) {
        this.r[13] = value & ~3
      } else {
        this.r[selector] = value
      }
      return
    }
    switch (selector) {
      case 16:
        this.writeXpsr(value)
        this.scb.dirty = true
        return
      case 17:
        this.msp = value
        return
      case 18:
        this.psp = value
        return
      case 20:
        this.primask = value & 1
        this.basepri = (value >>> 8) & 0xf0
        this.faultmask = (value >>> 16) & 1
        this.setModeAndControl(this.ipsr, (value >>> 24) & 3)
        this.scb.dirty = true
        return
      default:
        return
    }
  }

  setInterruptPending(irq: number): void {
    this.scb.setPending(Exception.FirstIrq + irq)
  }

  advanceClock(cycles: number): void {
    this.scb.advanceClock(cycles)
  }
}
