// The NVIC, the System Control Block and SysTick (DDI0403E B1.5, B3.2-B3.4):
// exception pending/active/enable state, priorities, and their registers at
// their offsets inside the System Control Space. The core asks it which
// exception to take; it keeps `dirty` so the core asks only after something
// that can change the answer.
import { BusFault, type AccessSize, type BusDevice } from '../bus/bus.js'
import type { RegisterFile } from '../bus/registers.js'

export const Exception = {
  Reset: 1,
  NMI: 2,
  HardFault: 3,
  MemManage: 4,
  BusFault: 5,
  UsageFault: 6,
  SVCall: 11,
  DebugMonitor: 12,
  PendSV: 14,
  SysTick: 15,
  FirstIrq: 16,
} as const

/** STM32 parts implement the top four priority bits. */
const PRIORITY_MASK = 0xf0

export const CFSR_IACCVIOL = 1 << 0
export const CFSR_MSTKERR = 1 << 4
export const CFSR_IBUSERR = 1 << 8
export const CFSR_PRECISERR = 1 << 9
export const CFSR_UNSTKERR = 1 << 11
export const CFSR_STKERR = 1 << 12
export const CFSR_BFARVALID = 1 << 15
export const CFSR_UNDEFINSTR = 1 << 16
export const CFSR_INVSTATE = 1 << 17
export const CFSR_INVPC = 1 << 18
export const CFSR_NOCP = 1 << 19
export const CFSR_UNALIGNED = 1 << 24
export const CFSR_DIVBYZERO = 1 << 25
export const HFSR_VECTTBL = 1 << 1
export const HFSR_FORCED = 1 << 30

export const CCR_NONBASETHRDENA = 1 << 0
export const CCR_USERSETMPEND = 1 << 1
export const CCR_UNALIGN_TRP = 1 << 3
export const CCR_DIV_0_TRP = 1 << 4
const CCR_WRITABLE = 0x31b
/** STKALIGN set: 8-byte stack alignment on exception entry, as on the Cortex-M4 and later M3 revisions. */
const CCR_RESET = 1 << 9

export const SCR_SLEEPONEXIT = 1 << 1
export const SCR_SEVONPEND = 1 << 4

const SHCSR_ENABLE = {
  [Exception.MemManage]: 1 << 16,
  [Exception.BusFault]: 1 << 17,
  [Exception.UsageFault]: 1 << 18,
}
// SHCSR active and pended bits and the exceptions they stand for.
const SHCSR_ACTIVE: readonly (readonly [number, number])[] = [
  [0, Exception.MemManage],
  [1, Exception.BusFault],
  [3, Exception.UsageFault],
  [7, Exception.SVCall],
  [8, Exception.DebugMonitor],
  [10, Exception.PendSV],
  [11, Exception.SysTick],
]
const SHCSR_PENDED: readonly (readonly [number, number])[] = [
  [12, Exception.UsageFault],
  [13, Exception.MemManage],
  [14, Exception.BusFault],
  [15, Exception.SVCall],
]

const ICSR_NMIPENDSET = 1 << 31
const ICSR_PENDSVSET = 1 << 28
const ICSR_PENDSVCLR = 1 << 27
const ICSR_PENDSTSET = 1 << 26
const ICSR_PENDSTCLR = 1 << 25
const ICSR_ISRPENDING = 1 << 22

const AIRCR_VECTKEY = 0x05fa
const AIRCR_READ_KEY = 0xfa050000
const AIRCR_SYSRESETREQ = 1 << 2
const AIRCR_VECTCLRACTIVE = 1 << 1
const AIRCR_VECTRESET = 1 << 0

const SYST_ENABLE = 1 << 0
const SYST_TICKINT = 1 << 1
const SYST_CLKSOURCE = 1 << 2
const SYST_COUNTFLAG = 1 << 16
/** The external reference clock of an STM32's SysTick is HCLK/8. */
const SYST_REFERENCE_DIVIDER = 8
/** SKEW: no exact 10 ms calibration value is claimed. */
const SYST_CALIB = 0x40000000

export interface SystemControlHost {
  readonly fpu: boolean
  readonly irqCount: number
  /** IPSR. */
  currentException(): number
  /** AIRCR.VECTCLRACTIVE: IPSR back to thread mode. */
  clearCurrentException(): void
  requestSystemReset(): void
}

export class SystemControl implements RegisterFile {
  readonly exceptionCount: number
  readonly pending: Uint8Array
  readonly active: Uint8Array
  /** Per external interrupt. */
  readonly enabled: Uint8Array
  /** Raw 8-bit priorities; Reset, NMI and HardFault use their fixed ones below. */
  readonly priority: Int16Array
  /** Something changed that may make a pending exception preempt. */
  dirty = true
  vtor = 0
  prigroup = 0
  ccr = CCR_RESET
  scr = 0
  shcsr = 0
  cfsr = 0
  hfsr = 0
  mmfar = 0
  bfar = 0
  private actlr = 0
  private cpacr = 0
  private systCsr = 0
  private systRvr = 0
  private systCvr = 0
  private referenceRemainder = 0
  /** The event register of WFE/SEV, set by SEVONPEND too. */
  event = false

  private readonly device: BusDevice

  constructor(private readonly host: SystemControlHost) {
    this.exceptionCount = Exception.FirstIrq + host.irqCount
    this.pending = new Uint8Array(this.exceptionCount)
    this.active = new Uint8Array(this.exceptionCount)
    this.enabled = new Uint8Array(host.irqCount)
    this.priority = new Int16Array(this.exceptionCount)
    this.device = subWordView(this)
    this.reset()
  }

  /** A byte- and halfword-accessible view for the bus: IPR and SHPR take byte writes on silicon. */
  get busDevice(): BusDevice {
    return this.device
  }

  reset(): void {
    this.pending.fill(0)
    this.active.fill(0)
    this.enabled.fill(0)
    this.priority.fill(0)
    this.priority[Exception.Reset] = -3
    this.priority[Exception.NMI] = -2
    this.priority[Exception.HardFault] = -1
    this.vtor = 0
    this.prigroup = 0
    this.ccr = CCR_RESET
    this.scr = 0
    this.shcsr = 0
    this.cfsr = 0
    this.hfsr = 0
    this.mmfar = 0
    this.bfar = 0
    this.actlr = 0
    this.cpacr = 0
    this.systCsr = 0
    this.systRvr = 0
    this.systCvr = 0
    this.referenceRemainder = 0
    this.event = false
    this.dirty = true
  }

  /** The priority that counts for preemption: subpriority bits (AIRCR.PRIGROUP) removed. */
  groupPriority(exception: number): number {
    const p = this.priority[exception]
    return p < 0 ? p : p & this.groupMask()
  }

  groupMask(): number {
    return (0xff << (this.prigroup + 1)) & 0xff
  }

  faultEnabled(exception: number): boolean {
    const bit = SHCSR_ENABLE[exception as keyof typeof SHCSR_ENABLE]
    return bit === undefined || (this.shcsr & bit) !== 0
  }

  setPending(exception: number): void {
    if (exception >= this.exceptionCount) return
    if (!this.pending[exception] && (this.scr & SCR_SEVONPEND) !== 0) this.event = true
    this.pending[exception] = 1
    this.dirty = true
  }

  /**
   * The pending exception that would be taken next (0 if none): the lowest
   * group priority, then the lowest subpriority, then the lowest number.
   * `maskInterrupts` leaves out PendSV, SysTick and external interrupts.
   */
  highestPending(maskInterrupts: boolean): number {
    let best = 0
    let bestPriority = Infinity
    const end = maskInterrupts ? Exception.PendSV : this.exceptionCount
    const pending = this.pending
    for (let n = Exception.NMI; n < end; n++) {
      if (!pending[n]) continue
      if (n >= Exception.FirstIrq && !this.enabled[n - Exception.FirstIrq]) continue
      const p = this.priority[n]
      // Group priority first, then the full priority (the subpriority decides ties).
      const key = p < 0 ? p * 0x200 : (p & this.groupMask()) * 0x200 + p
      if (key < bestPriority) {
        best = n
        bestPriority = key
      }
    }
    return best
  }

  /** The execution priority from active exceptions alone (B1.5.4), 256 in thread mode with none active. */
  activePriority(): number {
    let highest = 256
    const active = this.active
    for (let n = Exception.Reset; n < this.exceptionCount; n++) {
      if (active[n]) {
        const p = this.groupPriority(n)
        if (p < highest) highest = p
      }
    }
    return highest
  }

  activeCount(): number {
    let count = 0
    for (let n = 0; n < this.exceptionCount; n++) count += this.active[n]
    return count
  }

  /** SysTick counts `cycles` core clock cycles. */
  advanceClock(cycles: number): void {
    if ((this.systCsr & SYST_ENABLE) === 0) return
    let ticks = cycles
    if ((this.systCsr & SYST_CLKSOURCE) === 0) {
      const total = this.referenceRemainder + cycles
      ticks = Math.floor(total / SYST_REFERENCE_DIVIDER)
      this.referenceRemainder = total - ticks * SYST_REFERENCE_DIVIDER
    }
    while (ticks > 0) {
      if (this.systCvr === 0) {
        // The tick after reaching zero reloads; a reload value of 0 stops the counter there.
        if (this.systRvr === 0) return
        this.systCvr = this.systRvr
        ticks--
        continue
      }
      if (ticks < this.systCvr) {
        this.systCvr -= ticks
        return
      }
      ticks -= this.systCvr
      this.systCvr = 0
      this.systCsr |= SYST_COUNTFLAG
      if (this.systCsr & SYST_TICKINT) this.setPending(Exception.SysTick)
      const period = this.systRvr + 1
      if (ticks > period) ticks -= Math.floor((ticks - 1) / period) * period
    }
  }

  readRegister(offset: number): number {
    if (offset >= 0x100 && offset < 0x600) return this.readNvic(offset)
    switch (offset) {
      case 0x004:
        return Math.max(0, Math.ceil(this.host.irqCount / 32) - 1)
      case 0x008:
        return this.actlr
      case 0x010: {
        const value = this.systCsr
        this.systCsr &= ~SYST_COUNTFLAG
        return value >>> 0
      }
      case 0x014:
        return this.systRvr
      case 0x018:
        return this.systCvr
      case 0x01c:
        return SYST_CALIB
      case 0xd04:
        return this.readIcsr()
      case 0xd08:
        return this.vtor
      case 0xd0c:
        return (AIRCR_READ_KEY | (this.prigroup << 8)) >>> 0
      case 0xd10:
        return this.scr
      case 0xd14:
        return this.ccr
      case 0xd18:
      case 0xd1c:
      case 0xd20:
        return this.readPriorityWord(offset - 0xd18 + 4)
      case 0xd24:
        return this.readShcsr()
      case 0xd28:
        return this.cfsr >>> 0
      case 0xd2c:
        return this.hfsr >>> 0
      case 0xd34:
        return this.mmfar
      case 0xd38:
        return this.bfar
      case 0xd88:
        return this.cpacr
      default:
        return 0
    }
  }

  writeRegister(offset: number, value: number): void {
    value >>>= 0
    if (offset >= 0x100 && offset < 0x600) {
      this.writeNvic(offset, value)
      return
    }
    switch (offset) {
      case 0x008:
        this.actlr = value & 0x7
        return
      case 0x010:
        this.systCsr = (this.systCsr & SYST_COUNTFLAG) | (value & 0x7)
        return
      case 0x014:
        this.systRvr = value & 0xffffff
        return
      case 0x018:
        this.systCvr = 0
        this.systCsr &= ~SYST_COUNTFLAG
        return
      case 0xd04:
        this.writeIcsr(value)
        return
      case 0xd08:
        this.vtor = value & 0xffffff80
        return
      case 0xd0c:
        this.writeAircr(value)
        return
      case 0xd10:
        this.scr = value & 0x16
        return
      case 0xd14:
        this.ccr = value & CCR_WRITABLE
        return
      case 0xd18:
      case 0xd1c:
      case 0xd20:
        this.writePriorityWord(offset - 0xd18 + 4, value)
        return
      case 0xd24:
        this.writeShcsr(value)
        return
      case 0xd28:
        this.cfsr = (this.cfsr & ~value) >>> 0
        return
      case 0xd2c:
        this.hfsr = (this.hfsr & ~value) >>> 0
        return
      case 0xd34:
        this.mmfar = value
        return
      case 0xd38:
        this.bfar = value
        return
      case 0xd88:
        if (this.host.fpu) this.cpacr = value & 0x00f00000
        return
      case 0xf00:
        this.setPending(Exception.FirstIrq + (value & 0x1ff))
        return
      default:
        return
    }
  }

  private readNvic(offset: number): number {
    if (offset >= 0x400) return this.readPriorityWord(Exception.FirstIrq + (offset - 0x400))
    const group = (offset >>> 7) & 7 // 2 ISER, 3 ICER, 4 ISPR, 5 ICPR, 6 IABR
    const first = ((offset & 0x7f) >>> 2) * 32
    let bits = 0
    for (let i = 0; i < 32 && first + i < this.host.irqCount; i++) {
      const irq = first + i
      const set =
        group <= 3
          ? this.enabled[irq]
          : group <= 5
            ? this.pending[Exception.FirstIrq + irq]
            : group === 6
              ? this.active[Exception.FirstIrq + irq]
              : 0
      if (set) bits |= 1 << i
    }
    return bits >>> 0
  }

  private writeNvic(offset: number, value: number): void {
    if (offset >= 0x400) {
      this.writePriorityWord(Exception.FirstIrq + (offset - 0x400), value)
      return
    }
    const group = (offset >>> 7) & 7
    const first = ((offset & 0x7f) >>> 2) * 32
    for (let i = 0; i < 32 && first + i < this.host.irqCount; i++) {
      if (((value >>> i) & 1) === 0) continue
      const irq = first + i
      if (group === 2) this.enabled[irq] = 1
      else if (group === 3) this.enabled[irq] = 0
      else if (group === 4) this.setPending(Exception.FirstIrq + irq)
      else if (group === 5) this.pending[Exception.FirstIrq + irq] = 0
    }
    this.dirty = true
  }

  // Four 8-bit priority fields per word, starting at exception `first`.
  private readPriorityWord(first: number): number {
    let word = 0
    for (let i = 0; i < 4; i++) {
      const n = first + i
      if (n < this.exceptionCount && n >= Exception.MemManage)
        word |= (this.priority[n] & 0xff) << (8 * i)
    }
    return word >>> 0
  }

  private writePriorityWord(first: number, value: number): void {
    for (let i = 0; i < 4; i++) {
      const n = first + i
      if (n < this.exceptionCount && n >= Exception.MemManage) {
        this.priority[n] = (value >>> (8 * i)) & PRIORITY_MASK
      }
    }
    this.dirty = true
  }

  private readIcsr(): number {
    const current = this.host.currentException()
    const pendingException = this.highestPending(false)
    let value = current | (pendingException << 12)
    for (let n = Exception.FirstIrq; n < this.exceptionCount; n++) {
      if (this.pending[n]) {
        value |= ICSR_ISRPENDING
        break
      }
    }
    // RETTOBASE: returning from the current exception leads to thread mode.
    if (current !== 0 && this.activeCount() <= 1) value |= 1 << 11
    if (this.pending[Exception.NMI]) value |= ICSR_NMIPENDSET
    if (this.pending[Exception.PendSV]) value |= ICSR_PENDSVSET
    if (this.pending[Exception.SysTick]) value |= ICSR_PENDSTSET
    return value >>> 0
  }

  private writeIcsr(value: number): void {
    if (value & ICSR_NMIPENDSET) this.setPending(Exception.NMI)
    if (value & ICSR_PENDSVSET) this.setPending(Exception.PendSV)
    else if (value & ICSR_PENDSVCLR) this.pending[Exception.PendSV] = 0
    if (value & ICSR_PENDSTSET) this.setPending(Exception.SysTick)
    else if (value & ICSR_PENDSTCLR) this.pending[Exception.SysTick] = 0
    this.dirty = true
  }

  private writeAircr(value: number): void {
    if (value >>> 16 !== AIRCR_VECTKEY) return
    this.prigroup = (value >>> 8) & 7
    this.dirty = true
    if (value & AIRCR_VECTCLRACTIVE) {
      // For a halted core (debug use): all active state and IPSR cleared.
      this.active.fill(0)
      this.host.clearCurrentException()
    }
    // VECTRESET resets the core alone on silicon; here it resets the chip like SYSRESETREQ.
    if (value & (AIRCR_SYSRESETREQ | AIRCR_VECTRESET)) this.host.requestSystemReset()
  }

  private readShcsr(): number {
    let value = this.shcsr & 0x70000
    for (const [bit, n] of SHCSR_ACTIVE) if (this.active[n]) value |= 1 << bit
    for (const [bit, n] of SHCSR_PENDED) if (this.pending[n]) value |= 1 << bit
    return value >>> 0
  }

  private writeShcsr(value: number): void {
    this.shcsr = value & 0x70000
    for (const [bit, n] of SHCSR_ACTIVE) this.active[n] = (value >>> bit) & 1
    for (const [bit, n] of SHCSR_PENDED) this.pending[n] = (value >>> bit) & 1
    this.dirty = true
  }
}

// IPR and SHPR are byte-accessible; the other SCS registers take word accesses only.
function subWordView(file: RegisterFile): BusDevice {
  const SIZE_MASK = [0, 0xff, 0xffff, 0, 0xffffffff]
  const byteAccessible = (offset: number): boolean =>
    (offset >= 0x400 && offset < 0x600) || (offset >= 0xd18 && offset < 0xd24)
  return {
    read(offset: number, size: AccessSize): number {
      const word = file.readRegister(offset & ~3) >>> 0
      return size === 4 ? word : (word >>> ((offset & 3) * 8)) & SIZE_MASK[size]
    },
    write(offset: number, size: AccessSize, value: number): void {
      if (size === 4) {
        file.writeRegister(offset, value >>> 0)
        return
      }
      if (!byteAccessible(offset))
        throw new BusFault('System Control Space registers take 32-bit writes only')
      const aligned = offset & ~3
      const shift = (offset & 3) * 8
      const mask = (SIZE_MASK[size] << shift) >>> 0
      const old = file.readRegister(aligned)
      file.writeRegister(aligned, ((old & ~mask) | ((value << shift) & mask)) >>> 0)
    },
  }
}
