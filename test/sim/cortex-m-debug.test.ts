// The debug block driving a core: halting, stepping, FPB and BKPT
// breakpoints, vector catch, register transfers, sleep, lock-up and the DWT
// cycle counter, against a scripted stand-in core (the real one is tested
// in test/sim/cpu/).
import { describe, expect, it } from 'vitest'
import { CortexMDebug } from '../../src/sim/core/cortex-m-debug.js'
import { DataWatchpoint } from '../../src/sim/core/dwt.js'
import { FlashPatchBreakpoint } from '../../src/sim/core/fpb.js'
import type { Core, StepOutcome } from '../../src/sim/cpu/contract.js'

const DHCSR = 0xdf0
const DCRSR = 0xdf4
const DCRDR = 0xdf8
const DEMCR = 0xdfc
const DFSR = 0xd30
const KEY = 0xa05f0000
const C_DEBUGEN = 1
const C_HALT = 2
const C_STEP = 4
const C_MASKINTS = 8
const S_HALT = 1 << 17
const S_SLEEP = 1 << 18
const S_LOCKUP = 1 << 19
const S_RETIRE_ST = 1 << 24
const S_RESET_ST = 1 << 25
const DFSR_HALTED = 1
const DFSR_BKPT = 2
const DFSR_VCATCH = 8
const VC_CORERESET = 1
const VC_HARDERR = 1 << 10
const TRCENA = 1 << 24
const RESET_PC = 0x08000100

type Instruction = 'bkpt' | 'wfi' | 'fault' | 'lockup'

/** Two-byte instructions that do nothing, except those placed at an address. */
class ScriptedCore implements Core {
  readonly registers = new Uint32Array(128)
  readonly program = new Map<number, Instruction>()
  readonly steps: { maskInterrupts: boolean }[] = []
  readonly systemWrites: [number, number][] = []
  interruptPending = false
  clock = 0
  lockedUp = false
  currentException = 0
  onExceptionEntry: ((exception: number) => boolean) | undefined
  readonly systemControl = {
    readRegister: (offset: number) => offset,
    writeRegister: (offset: number, value: number) => void this.systemWrites.push([offset, value]),
  }
  readonly systemControlBus = {
    read: (offset: number) => offset,
    write: (offset: number, _size: number, value: number) =>
      void this.systemWrites.push([offset, value]),
  }

  reset(): void {
    this.registers.fill(0)
    this.registers[15] = RESET_PC
    this.lockedUp = false
  }

  step(options?: { maskInterrupts?: boolean }): StepOutcome {
    this.steps.push({ maskInterrupts: options?.maskInterrupts ?? false })
    const pc = this.registers[15]
    switch (this.program.get(pc)) {
      case 'bkpt':
        return { kind: 'breakpoint', imm: 0 }
      case 'wfi':
        if (!this.interruptPending) return { kind: 'sleeping' }
        break
      case 'fault':
        this.registers[15] = 0x08000400 // the HardFault handler
        this.onExceptionEntry?.(3)
        return { kind: 'executed' }
      case 'lockup':
        this.lockedUp = true
        return { kind: 'lockup' }
    }
    this.registers[15] = pc + 2
    return { kind: 'executed' }
  }

  readRegister(selector: number): number {
    return this.registers[selector]
  }

  writeRegister(selector: number, value: number): void {
    this.registers[selector] = value
  }

  setInterruptPending(): void {}

  advanceClock(cycles: number): void {
    this.clock += cycles
  }
}

function debugged() {
  const core = new ScriptedCore()
  const fpb = new FlashPatchBreakpoint(6, 2)
  const dwt = new DataWatchpoint(4)
  const debug = new CortexMDebug(
    {
      cpuid: 0x411fc231,
      fpb: { codeComparators: 6, literalComparators: 2 },
      dwtComparators: 4,
      irqCount: 43,
      resetClockHz: 8e6,
    },
    core,
    fpb,
    dwt,
  )
  let runs = 0
  debug.onRun = () => runs++
  debug.reset()
  const dhcsr = (bits: number) => debug.writeRegister(DHCSR, KEY | bits)
  return { core, fpb, dwt, debug, dhcsr, runs: () => runs }
}

describe('CortexMDebug', () => {
  it('halts on C_HALT, resumes, and reports S_RETIRE_ST and S_RESET_ST once each', () => {
    const { core, debug, dhcsr, runs } = debugged()
    expect(debug.readRegister(DHCSR) & S_RESET_ST).toBe(S_RESET_ST)
    expect(debug.readRegister(DHCSR) & S_RESET_ST).toBe(0)
    dhcsr(C_DEBUGEN | C_HALT)
    expect(debug.state).toBe('halted')
    expect(debug.readRegister(DHCSR) & S_HALT).toBe(S_HALT)
    expect(debug.readRegister(DFSR)).toBe(DFSR_HALTED)
    expect(debug.run(10)).toBe(0)

    const before = runs()
    dhcsr(C_DEBUGEN)
    expect(runs()).toBe(before + 1)
    expect(debug.state).toBe('running')
    expect(debug.run(10)).toBe(10)
    expect(core.registers[15]).toBe(RESET_PC + 20)
    expect(debug.readRegister(DHCSR) & (S_RETIRE_ST | S_HALT)).toBe(S_RETIRE_ST)
    expect(debug.readRegister(DHCSR) & S_RETIRE_ST).toBe(0)
    debug.writeRegister(DFSR, DFSR_HALTED)
    expect(debug.readRegister(DFSR)).toBe(0)
  })

  it('steps one instruction at once on C_STEP, masked with C_MASKINTS, and sets C_HALT again', () => {
    const { core, debug, dhcsr } = debugged()
    dhcsr(C_DEBUGEN | C_HALT)
    dhcsr(C_DEBUGEN | C_HALT | C_MASKINTS)
    // The step is over before the next access, as OpenOCD expects: it queues the halt request right behind it.
    dhcsr(C_DEBUGEN | C_STEP | C_MASKINTS)
    expect(debug.state).toBe('halted')
    expect(debug.readRegister(DHCSR) & C_HALT).toBe(C_HALT)
    expect(debug.run(100)).toBe(0)
    expect(core.registers[15]).toBe(RESET_PC + 2)
    expect(core.steps).toEqual([{ maskInterrupts: true }])
  })

  it('halts on an FPB comparator before the instruction, per halfword (REPLACE)', () => {
    const { core, fpb, debug, dhcsr } = debugged()
    fpb.writeRegister(0, 3) // KEY | ENABLE
    fpb.writeRegister(0x08, (0b10 << 30) | (RESET_PC + 4) | 1) // upper halfword of RESET_PC+4
    fpb.writeRegister(0x0c, (0b01 << 30) | (RESET_PC + 8) | 1) // lower halfword of RESET_PC+8
    dhcsr(C_DEBUGEN)
    debug.run(100)
    expect(core.registers[15]).toBe(RESET_PC + 6)
    expect(debug.state).toBe('halted')
    expect(debug.readRegister(DFSR)).toBe(DFSR_BKPT)
    // Resuming onto a breakpoint halts again at once: OpenOCD removes it to step over.
    dhcsr(C_DEBUGEN)
    expect(debug.run(100)).toBe(0)
    fpb.writeRegister(0x08, 0)
    dhcsr(C_DEBUGEN)
    debug.run(100)
    expect(core.registers[15]).toBe(RESET_PC + 8)
    // Comparators do nothing with the unit disabled, and never above the code region.
    fpb.writeRegister(0, 2)
    dhcsr(C_DEBUGEN)
    expect(debug.run(5)).toBe(5)
    fpb.writeRegister(0, 3)
    expect(fpb.breaksAt(0x20000000 | (RESET_PC + 8))).toBe(false)
  })

  it('halts on BKPT with DFSR.BKPT, the PC still at the BKPT', () => {
    const { core, debug, dhcsr } = debugged()
    core.program.set(RESET_PC + 4, 'bkpt')
    dhcsr(C_DEBUGEN)
    expect(debug.run(100)).toBe(3)
    expect(debug.state).toBe('halted')
    expect(core.registers[15]).toBe(RESET_PC + 4)
    expect(debug.readRegister(DFSR)).toBe(DFSR_BKPT)
  })

  it('catches HardFault entry when DEMCR.VC_HARDERR is set, and runs on when not', () => {
    const { core, debug, dhcsr } = debugged()
    core.program.set(RESET_PC, 'fault')
    dhcsr(C_DEBUGEN)
    debug.writeRegister(DEMCR, VC_HARDERR)
    expect(debug.run(100)).toBe(1)
    expect(debug.state).toBe('halted')
    expect(debug.readRegister(DFSR)).toBe(DFSR_VCATCH)
    expect(core.registers[15]).toBe(0x08000400)

    debug.writeRegister(DEMCR, 0)
    core.registers[15] = RESET_PC
    dhcsr(C_DEBUGEN)
    expect(debug.run(100)).toBe(100)
  })

  it('halts at the reset vector with DEMCR.VC_CORERESET; without it, reset runs', () => {
    const { debug, dhcsr, runs } = debugged()
    dhcsr(C_DEBUGEN)
    debug.writeRegister(DEMCR, VC_CORERESET)
    debug.reset()
    expect(debug.state).toBe('halted')
    expect(debug.readRegister(DFSR) & DFSR_VCATCH).toBe(DFSR_VCATCH)
    expect(debug.readRegister(DHCSR) & (S_HALT | S_RESET_ST)).toBe(S_HALT | S_RESET_ST)
    debug.writeRegister(DEMCR, 0)
    dhcsr(C_DEBUGEN)
    const before = runs()
    debug.reset()
    expect(debug.state).toBe('running')
    expect(runs()).toBe(before + 1)
  })

  it('transfers core registers through DCRSR and DCRDR', () => {
    const { core, debug, dhcsr } = debugged()
    dhcsr(C_DEBUGEN | C_HALT)
    debug.writeRegister(DCRDR, 0x20001000)
    debug.writeRegister(DCRSR, (1 << 16) | 13)
    expect(core.registers[13]).toBe(0x20001000)
    core.registers[16] = 0x81000003
    debug.writeRegister(DCRSR, 16)
    expect(debug.readRegister(DCRDR)).toBe(0x81000003)
  })

  it('sleeps on WFI (S_SLEEP, no work) until an interrupt is pending', () => {
    const { core, debug, dhcsr } = debugged()
    core.program.set(RESET_PC + 2, 'wfi')
    dhcsr(C_DEBUGEN)
    expect(debug.run(100)).toBe(2)
    expect(debug.state).toBe('sleeping')
    expect(debug.readRegister(DHCSR) & S_SLEEP).toBe(S_SLEEP)
    expect(debug.run(100)).toBe(0)
    debug.idle(1000)
    expect(core.clock).toBe(2 + 1000 + 1)
    expect(debug.state).toBe('sleeping')
    core.interruptPending = true
    debug.idle(1000)
    expect(debug.state).toBe('running')
    expect(core.registers[15]).toBe(RESET_PC + 4)
  })

  it('shows lock-up in S_LOCKUP and stops running until halted', () => {
    const { core, debug, dhcsr } = debugged()
    core.program.set(RESET_PC, 'lockup')
    dhcsr(C_DEBUGEN)
    expect(debug.run(100)).toBe(1)
    expect(debug.state).toBe('locked-up')
    expect(debug.readRegister(DHCSR) & S_LOCKUP).toBe(S_LOCKUP)
    dhcsr(C_DEBUGEN | C_HALT)
    expect(debug.state).toBe('halted')
    expect(debug.readRegister(DHCSR) & (S_LOCKUP | S_HALT)).toBe(S_HALT)
  })

  it('counts cycles in DWT_CYCCNT only with DEMCR.TRCENA and DWT_CTRL.CYCCNTENA', () => {
    const { dwt, debug, dhcsr } = debugged()
    dhcsr(C_DEBUGEN)
    dwt.writeRegister(0, 1)
    debug.run(10)
    expect(dwt.readRegister(4)).toBe(0)
    debug.writeRegister(DEMCR, TRCENA)
    debug.run(10)
    expect(dwt.readRegister(4)).toBe(10)
    dwt.writeRegister(0, 0)
    debug.run(10)
    expect(dwt.readRegister(4)).toBe(10)
  })

  it('passes the SCS registers that are not debug registers to the core', () => {
    const { core, debug } = debugged()
    expect(debug.read(0xd00, 4)).toBe(0x411fc231) // CPUID
    expect(debug.read(0xdf2, 2) & 1).toBe(1) // DHCSR.S_REGRDY, a halfword read
    expect(debug.read(0xd0c, 4)).toBe(0xd0c) // AIRCR, from the core
    debug.write(0xd0c, 4, 0x05fa0004)
    debug.write(0x403, 1, 0x80) // an NVIC priority byte
    expect(core.systemWrites).toEqual([
      [0xd0c, 0x05fa0004],
      [0x403, 0x80],
    ])
  })
})
