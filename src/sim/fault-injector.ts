// The faults of one virtual target at run time, asked by the flash
// controllers at each operation. Addresses are checked against the chip
// here, so a fault that could never fire is refused at start.
import { formatFault, type Fault } from './faults.js'
import type { FlashLayout } from './flash/flash-layout.js'
import type { ReadFilter } from './flash/flash-window.js'

export type FlashOperation = 'erase' | 'program'

interface StuckBits {
  readonly offset: number
  readonly mask: number
  readonly level: 0 | 1
}

export interface FaultTarget {
  readonly part: string
  readonly flashBase: number
  readonly layout: FlashLayout
}

export class FaultInjector {
  private readonly failingSectors = new Set<number>()
  private readonly failingOffsets: number[] = []
  private readonly stuck: StuckBits[] = []
  private readonly busy: Record<FlashOperation, number> = { erase: 0, program: 0 }
  private disconnectAfter = Infinity
  private programmed = 0
  private refusals = 0
  /** Connections that end before the link wedges (the wedged fault); it wedges once. */
  private wedgeAfter = Infinity
  private ended = 0
  private wedged = false
  /** Called once, when the disconnect fault fires. */
  onDisconnect: () => void = () => {}

  constructor(faults: readonly Fault[], target: FaultTarget) {
    for (const fault of faults) this.add(fault, target)
  }

  eraseFails(sector: number): boolean {
    return this.failingSectors.has(sector)
  }

  programFails(offset: number, size: number): boolean {
    return this.failingOffsets.some((failing) => failing >= offset && failing < offset + size)
  }

  busyMs(operation: FlashOperation): number {
    return this.busy[operation]
  }

  /** Stuck bits over main flash reads, or undefined when there are none (the fast path). */
  get readFilter(): ReadFilter | undefined {
    if (this.stuck.length === 0) return undefined
    return (offset, size, value) => {
      for (const s of this.stuck) {
        if (s.offset < offset || s.offset >= offset + size) continue
        const bits = (s.mask << ((s.offset - offset) * 8)) >>> 0
        value = s.level ? value | bits : value & ~bits
      }
      return value >>> 0
    }
  }

  /** Whether to refuse this connection (the flaky-connect and wedged faults); counts it. */
  refusesConnection(): boolean {
    if (this.wedged) return true
    if (this.refusals === 0) return false
    this.refusals--
    return true
  }

  /** A connection ended: counts it towards the wedged fault. */
  recordDisconnect(): void {
    if (++this.ended === this.wedgeAfter) this.wedged = true
  }

  /** The board's power came back: a wedged link works again. */
  powerCycled(): void {
    this.wedged = false
  }

  /** Counts programmed bytes towards the disconnect fault. */
  recordProgrammed(bytes: number): void {
    const before = this.programmed
    this.programmed += bytes
    if (before < this.disconnectAfter && this.programmed >= this.disconnectAfter)
      this.onDisconnect()
  }

  private add(fault: Fault, target: FaultTarget): void {
    switch (fault.kind) {
      case 'erase-fail':
        if (fault.sector >= target.layout.sectors.length) {
          throw this.refuse(fault, target, `it has sectors 0-${target.layout.sectors.length - 1}`)
        }
        this.failingSectors.add(fault.sector)
        break
      case 'program-fail':
        this.failingOffsets.push(this.flashOffset(fault, fault.address, target))
        break
      case 'stuck-bits':
        this.stuck.push({
          offset: this.flashOffset(fault, fault.address, target),
          mask: fault.mask,
          level: fault.level,
        })
        break
      case 'disconnect':
        this.disconnectAfter = Math.min(this.disconnectAfter, fault.afterBytes)
        break
      case 'flaky-connect':
        this.refusals += fault.fails
        break
      case 'wedged':
        this.wedgeAfter = Math.min(this.wedgeAfter, fault.afterConnections)
        this.wedged = this.wedgeAfter === 0
        break
      case 'slow':
        if (fault.operation !== 'program') this.busy.erase = fault.ms
        if (fault.operation !== 'erase') this.busy.program = fault.ms
        break
    }
  }

  private flashOffset(fault: Fault, address: number, target: FaultTarget): number {
    const offset = address - target.flashBase
    if (offset < 0 || offset >= target.layout.size) {
      const end = target.flashBase + target.layout.size - 1
      throw this.refuse(
        fault,
        target,
        `its flash is 0x${target.flashBase.toString(16)}-0x${end.toString(16)}`,
      )
    }
    return offset
  }

  private refuse(fault: Fault, target: FaultTarget, why: string): Error {
    return new Error(`fault "${formatFault(fault)}" does not fit the ${target.part}: ${why}`)
  }
}
