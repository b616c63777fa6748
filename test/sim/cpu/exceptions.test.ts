// The exception model: stacking and return, fault status registers,
// escalation to HardFault, lock-up, priorities and masking, NVIC, SysTick.
// Every vector not set here points at "bkpt #n" (n the exception number).
import { describe, expect, it } from 'vitest'
import { CODE, createSystem, fromHalfwords, handler, run, SRAM, STACK_TOP } from './harness.js'
import type { TestSystem } from './harness.js'

const P = {
  svc: { asm: 'svc #5; movs r1, #1', code: [0xdf05, 0x2101] },
  // The handler at CODE + 0x40 sets r4 and r0, then returns; r0 comes back from the stack.
  svcReturn: {
    asm: 'movs r0, #9; svc #5; movs r1, #1; bkpt; .org 0x40; movs r4, #7; movs r0, #0; bx lr',
    code: [
      0x2009, 0xdf05, 0x2101, 0xbe00, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
      0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
      0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x2407,
      0x2000, 0x4770,
    ],
  },
  udf: { asm: 'nop; udf #0', code: [0xbf00, 0xde00] },
  udivByZero: { asm: 'udiv r0, r1, r2', code: [0xfbb1, 0xf0f2] },
  ldmUnaligned: { asm: 'ldm r0, {r1, r2}', code: [0xe890, 0x0006] },
  ldrUnaligned: { asm: 'ldr r1, [r0]', code: [0x6801] },
  load: { asm: 'ldr r1, [r0]', code: [0x6801] },
  bxR0: { asm: 'bx r0', code: [0x4700] },
  vadd: { asm: '.fpu fpv4-sp-d16; vadd.f32 s0, s0, s1', code: [0xee30, 0x0a20] },
  mrc: { asm: 'mrc p15, 0, r0, c1, c0, 0', code: [0xee11, 0x0f10] },
  nops: { asm: 'nop; nop; nop; nop', code: [0xbf00, 0xbf00, 0xbf00, 0xbf00] },
  wfi: { asm: 'wfi; movs r5, #5', code: [0xbf30, 0x2505] },
  // Thread code returns from a handler that pended a higher-priority IRQ while running.
  bxLr: { asm: 'bx lr', code: [0x4770] },
  psp: {
    asm: 'msr psp, r0; movs r1, #2; msr control, r1; isb; svc #0',
    code: [0xf380, 0x8809, 0x2102, 0xf381, 0x8814, 0xf3bf, 0x8f6f, 0xdf00],
  },
  mrs: {
    asm: 'mrs r0, ipsr; mrs r1, primask; mrs r2, control; mrs r3, apsr',
    code: [0xf3ef, 0x8005, 0xf3ef, 0x8110, 0xf3ef, 0x8214, 0xf3ef, 0x8300],
  },
  msrMasks: {
    asm: 'movs r0, #0x40; msr basepri, r0; movs r0, #0x80; msr basepri_max, r0; mrs r1, basepri; cpsid i; cpsid f; mrs r2, primask; mrs r3, faultmask',
    code: [
      0x2040, 0xf380, 0x8811, 0x2080, 0xf380, 0x8812, 0xf3ef, 0x8111, 0xb672, 0xb671, 0xf3ef,
      0x8210, 0xf3ef, 0x8313,
    ],
  },
}

function system(program: { code: readonly number[] }, irqCount = 32): TestSystem {
  return createSystem(fromHalfwords(program.code), { irqCount })
}

function word(s: TestSystem, address: number): number {
  return s.cpu.bus.read(address, 4)
}

function scs(s: TestSystem, offset: number, value?: number): number {
  if (value !== undefined) s.cpu.systemControl.writeRegister(offset, value)
  return s.cpu.systemControl.readRegister(offset) >>> 0
}

const ICSR = 0xd04
const AIRCR = 0xd0c
const CCR = 0xd14
const SHPR2 = 0xd1c
const SHPR3 = 0xd20
const SHCSR = 0xd24
const CFSR = 0xd28
const HFSR = 0xd2c
const BFAR = 0xd38
const ISER = 0x100
const ISPR = 0x200
const IABR = 0x300
const IPR = 0x400

describe('exception entry and return', () => {
  it('SVC stacks the caller, enters SVCall with EXC_RETURN in LR, and the frame holds the return address', () => {
    const s = system(P.svc)
    s.cpu.r[0] = 0x11
    s.cpu.r[12] = 0xcc
    s.cpu.r[14] = 0x0800abcd
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 11 })
    const sp = s.cpu.r[13]
    expect(sp).toBe(STACK_TOP - 32)
    expect(s.cpu.currentException).toBe(11)
    expect(s.cpu.r[14]).toBe(0xfffffff9)
    expect(word(s, sp)).toBe(0x11)
    expect(word(s, sp + 16)).toBe(0xcc)
    expect(word(s, sp + 20)).toBe(0x0800abcd)
    expect(word(s, sp + 24)).toBe(CODE + 2)
    expect(word(s, sp + 28)).toBe(0x01000000)
    expect(scs(s, SHCSR) & (1 << 7)).not.toBe(0)
    expect(scs(s, ICSR) & 0x1ff).toBe(11)
  })

  it('BX LR with EXC_RETURN unstacks and resumes after the SVC', () => {
    const s = system(P.svcReturn)
    s.flash.bytes.writeUInt32LE((CODE + 0x40) | 1, 4 * 11)
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 0 })
    expect(s.cpu.r[0]).toBe(9)
    expect(s.cpu.r[1]).toBe(1)
    expect(s.cpu.r[4]).toBe(7)
    expect(s.cpu.r[13]).toBe(STACK_TOP)
    expect(s.cpu.currentException).toBe(0)
    expect(scs(s, SHCSR)).toBe(0)
  })

  it('aligns the frame to 8 bytes and records it in stacked xPSR bit 9, and undoes it on return', () => {
    const s = system(P.svcReturn)
    s.flash.bytes.writeUInt32LE((CODE + 0x40) | 1, 4 * 11)
    s.cpu.r[13] = STACK_TOP - 4
    s.cpu.step()
    s.cpu.step()
    expect(s.cpu.r[13]).toBe(STACK_TOP - 40)
    expect(word(s, STACK_TOP - 40 + 28) & (1 << 9)).not.toBe(0)
    run(s.cpu)
    expect(s.cpu.r[13]).toBe(STACK_TOP - 4)
  })

  it('an exception from thread mode on the process stack stacks there and returns with 0xFFFFFFFD', () => {
    const s = system(P.psp)
    s.cpu.r[0] = SRAM + 0x1000
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 11 })
    expect(s.cpu.r[14]).toBe(0xfffffffd)
    expect(s.cpu.readRegister(18)).toBe(SRAM + 0x1000 - 32)
    expect(s.cpu.readRegister(17)).toBe(STACK_TOP)
    expect(s.cpu.r[13]).toBe(STACK_TOP)
  })

  it('MRS reads IPSR, PRIMASK, CONTROL and APSR; MSR BASEPRI_MAX only raises the priority', () => {
    const s = system(P.mrs)
    s.cpu.z = 1
    run(s.cpu)
    expect([s.cpu.r[0], s.cpu.r[1], s.cpu.r[2], s.cpu.r[3]]).toEqual([0, 0, 0, 0x40000000])
    const m = system(P.msrMasks)
    run(m.cpu)
    expect([m.cpu.r[1], m.cpu.r[2], m.cpu.r[3]]).toEqual([0x40, 1, 1])
  })

  it('an invalid EXC_RETURN is a UsageFault INVPC', () => {
    const s = system(P.svcReturn)
    s.flash.bytes.writeUInt32LE((CODE + 0x40) | 1, 4 * 11)
    // Handler returns with 0xFFFFFFF5 (not a valid return).
    s.flash.bytes.writeUInt16LE(0x4770, 0x200 + 0x44)
    s.cpu.step()
    s.cpu.step()
    s.cpu.step()
    s.cpu.r[14] = 0xfffffff5
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 3 })
    expect(scs(s, CFSR)).toBe(1 << 18)
    expect(scs(s, HFSR)).toBe(1 << 30)
  })
})

describe('faults', () => {
  it('an undefined instruction escalates to HardFault (FORCED) while UsageFault is disabled', () => {
    const s = system(P.udf)
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 3 })
    expect(scs(s, CFSR)).toBe(1 << 16)
    expect(scs(s, HFSR)).toBe(1 << 30)
    expect(word(s, s.cpu.r[13] + 24)).toBe(CODE + 2)
  })

  it('with USGFAULTENA it is a UsageFault; CFSR and HFSR are write-one-to-clear', () => {
    const s = system(P.udf)
    scs(s, SHCSR, 1 << 18)
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 6 })
    expect(scs(s, HFSR)).toBe(0)
    scs(s, CFSR, 1 << 16)
    expect(scs(s, CFSR)).toBe(0)
  })

  it('division by zero traps with CCR.DIV_0_TRP', () => {
    const s = system(P.udivByZero)
    scs(s, CCR, scs(s, CCR) | (1 << 4))
    scs(s, SHCSR, 1 << 18)
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 6 })
    expect(scs(s, CFSR)).toBe(1 << 25)
  })

  it('LDM from an unaligned address is UNALIGNED whatever CCR says; LDR only with UNALIGN_TRP', () => {
    const s = system(P.ldmUnaligned)
    s.cpu.r[0] = SRAM + 2
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 3 })
    expect(scs(s, CFSR)).toBe(1 << 24)
    const t = system(P.ldrUnaligned)
    t.cpu.r[0] = SRAM + 2
    scs(t, CCR, scs(t, CCR) | (1 << 3))
    expect(run(t.cpu)).toEqual({ kind: 'breakpoint', imm: 3 })
    expect(scs(t, CFSR)).toBe(1 << 24)
  })

  it('a load from an unmapped address is a precise BusFault with BFAR', () => {
    const s = system(P.load)
    s.cpu.r[0] = 0x40000010
    scs(s, SHCSR, 1 << 17)
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 5 })
    expect(scs(s, CFSR)).toBe((1 << 9) | (1 << 15))
    expect(scs(s, BFAR)).toBe(0x40000010)
    expect(word(s, s.cpu.r[13] + 24)).toBe(CODE)
  })

  it('fetching from an unmapped address is IBUSERR without BFARVALID, the stacked PC the target', () => {
    const s = system(P.bxR0)
    s.cpu.r[0] = 0x30000001
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 3 })
    expect(scs(s, CFSR)).toBe(1 << 8)
    expect(word(s, s.cpu.r[13] + 24)).toBe(0x30000000)
  })

  it('executing from Peripheral or System space is a MemManage IACCVIOL (execute-never regions)', () => {
    for (const target of [0x40000000, 0xe000e000]) {
      const s = system(P.bxR0)
      s.cpu.r[0] = target | 1
      scs(s, SHCSR, 1 << 16)
      expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 4 })
      expect(scs(s, CFSR)).toBe(1 << 0)
      expect(word(s, s.cpu.r[13] + 24)).toBe(target)
    }
  })

  it('a floating-point or coprocessor instruction is a UsageFault NOCP', () => {
    for (const program of [P.vadd, P.mrc]) {
      const s = system(program, 32)
      scs(s, SHCSR, 1 << 18)
      expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 6 })
      expect(scs(s, CFSR)).toBe(1 << 19)
      expect(word(s, s.cpu.r[13] + 24)).toBe(CODE)
    }
  })

  it('BX to an even address clears EPSR.T: INVSTATE on the next instruction', () => {
    const s = system(P.bxR0)
    s.cpu.r[0] = CODE + 0x10
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 3 })
    expect(scs(s, CFSR)).toBe(1 << 17)
    expect(word(s, s.cpu.r[13] + 24)).toBe(CODE + 0x10)
    expect(word(s, s.cpu.r[13] + 28) & (1 << 24)).toBe(0)
  })

  it('a configurable fault that cannot preempt the current handler escalates to HardFault', () => {
    const s = system(P.udf)
    scs(s, SHCSR, 1 << 18)
    // Run the udf as if inside SVCall (priority 0, the same as UsageFault's).
    s.cpu.writeRegister(16, 0x01000000 | 11)
    s.cpu.scb.active[11] = 1
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 3 })
    expect(scs(s, HFSR)).toBe(1 << 30)
    expect(s.cpu.r[14]).toBe(0xfffffff1)
  })

  it('a fault inside HardFault locks up; writing the PC clears it', () => {
    const s = system(P.udf)
    // HardFault's vector points at the udf itself.
    s.flash.bytes.writeUInt32LE((CODE + 2) | 1, 4 * 3)
    let outcome = s.cpu.step()
    for (let i = 0; i < 5 && outcome.kind === 'executed'; i++) outcome = s.cpu.step()
    expect(outcome).toEqual({ kind: 'lockup' })
    expect(s.cpu.lockedUp).toBe(true)
    expect(s.cpu.step()).toEqual({ kind: 'lockup' })
    s.cpu.writeRegister(15, CODE)
    expect(s.cpu.lockedUp).toBe(false)
  })

  it('a vector that cannot be read is a HardFault with VECTTBL', () => {
    const s = system(P.nops)
    // VTOR at the top of the mapped alias: entries from IRQ 16 on fall off the end.
    scs(s, 0xd08, 0xff80)
    s.flash.bytes.writeUInt32LE(handler(3) | 1, 0xff80 + 4 * 3)
    scs(s, ISER, 1 << 16)
    scs(s, ISPR, 1 << 16)
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 3 })
    expect(scs(s, HFSR)).toBe(1 << 1)
  })
})

describe('priorities and masking', () => {
  it('PendSV set in ICSR is taken before the next instruction', () => {
    const s = system(P.nops)
    scs(s, ICSR, 1 << 28)
    expect(scs(s, ICSR) & (1 << 28)).not.toBe(0)
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 14 })
    expect(word(s, s.cpu.r[13] + 24)).toBe(CODE)
  })

  it('an external interrupt is taken only when enabled and not masked by PRIMASK', () => {
    const s = system(P.nops)
    scs(s, ISPR, 1 << 3)
    s.cpu.step()
    expect(s.cpu.currentException).toBe(0)
    expect(scs(s, ICSR) & (1 << 22)).not.toBe(0)
    s.cpu.primask = 1
    scs(s, ISER, 1 << 3)
    s.cpu.step()
    expect(s.cpu.currentException).toBe(0)
    s.cpu.writeRegister(20, 0)
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 19 })
    expect(scs(s, IABR)).toBe(1 << 3)
  })

  it('maskInterrupts keeps interrupts, PendSV and SysTick out but not SVC or faults', () => {
    const s = system(P.nops)
    scs(s, ISER, 1)
    scs(s, ISPR, 1)
    scs(s, ICSR, (1 << 28) | (1 << 26))
    for (let i = 0; i < 3; i++)
      expect(s.cpu.step({ maskInterrupts: true })).toEqual({ kind: 'executed' })
    expect(s.cpu.currentException).toBe(0)
    s.cpu.step()
    // PendSV and SysTick (priority 0, lower numbers first) before IRQ 0 at the same priority.
    expect(s.cpu.currentException).toBe(14)
  })

  it('BASEPRI masks interrupts at or below its priority', () => {
    const s = system(P.nops)
    scs(s, ISER, 3)
    scs(s, IPR, 0x2040) // IRQ0 at 0x40, IRQ1 at 0x20
    s.cpu.writeRegister(20, 0x40 << 8)
    scs(s, ISPR, 1)
    s.cpu.step()
    expect(s.cpu.currentException).toBe(0)
    scs(s, ISPR, 2)
    s.cpu.step()
    expect(s.cpu.currentException).toBe(17)
  })

  it('a higher-priority interrupt preempts a handler (LR 0xFFFFFFF1); a lower one waits for the return', () => {
    const s = system(P.bxLr)
    scs(s, ISER, 7)
    scs(s, IPR, 0x008040) // IRQ0 0x40, IRQ1 0x80, IRQ2 0x00
    scs(s, ISPR, 1)
    s.cpu.step()
    expect(s.cpu.currentException).toBe(16)
    scs(s, ISPR, 2)
    s.cpu.step({ maskInterrupts: false })
    expect(s.cpu.currentException).toBe(16)
    scs(s, ISPR, 4)
    s.cpu.step()
    expect(s.cpu.currentException).toBe(18)
    expect(s.cpu.r[14]).toBe(0xfffffff1)
    expect(scs(s, IABR)).toBe(5)
    expect(scs(s, ICSR) & 0x1ff).toBe(18)
    expect((scs(s, ICSR) >>> 12) & 0x1ff).toBe(17)
  })

  it('AIRCR.PRIGROUP turns low priority bits into subpriority: no preemption within a group', () => {
    for (const [prigroup, preempts] of [
      [0, true],
      [4, false],
    ] as const) {
      const s = system(P.nops)
      scs(s, AIRCR, 0x05fa0000 | (prigroup << 8))
      expect((scs(s, AIRCR) >>> 8) & 7).toBe(prigroup)
      scs(s, ISER, 3)
      scs(s, IPR, 0x2030) // IRQ0 0x30, IRQ1 0x20
      scs(s, ISPR, 1)
      s.cpu.step()
      scs(s, ISPR, 2)
      s.cpu.step()
      expect(s.cpu.currentException).toBe(preempts ? 17 : 16)
    }
  })

  it('SHPR sets system handler priorities; byte writes reach them through the bus view', () => {
    const s = system(P.nops)
    s.cpu.systemControlBus.write(SHPR3 + 2, 1, 0x80)
    s.cpu.systemControlBus.write(SHPR2 + 3, 1, 0x40)
    expect(scs(s, SHPR3)).toBe(0x00800000)
    expect(scs(s, SHPR2)).toBe(0x40000000)
    expect(() => s.cpu.systemControlBus.write(ICSR, 1, 0)).toThrow()
  })
})

describe('SysTick, sleep and system reset', () => {
  it('counts down by advanceClock, sets COUNTFLAG (cleared by reading) and pends SysTick with TICKINT', () => {
    const s = system(P.nops)
    scs(s, 0x014, 9)
    scs(s, 0x018, 0)
    scs(s, 0x010, 7)
    s.cpu.advanceClock(1)
    expect(scs(s, 0x018)).toBe(9)
    s.cpu.advanceClock(4)
    expect(scs(s, 0x018)).toBe(5)
    s.cpu.advanceClock(5)
    expect(s.cpu.systemControl.readRegister(0x010) & (1 << 16)).not.toBe(0)
    expect(s.cpu.systemControl.readRegister(0x010) & (1 << 16)).toBe(0)
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 15 })
    // Many periods at once land where counting them one by one would.
    s.cpu.advanceClock(10 * 1000 + 3)
    expect(scs(s, 0x018)).toBe(7)
  })

  it('the reference clock (CLKSOURCE 0) counts at a eighth of the core clock', () => {
    const s = system(P.nops)
    scs(s, 0x014, 100)
    scs(s, 0x010, 1)
    s.cpu.advanceClock(8 * 11)
    expect(scs(s, 0x018)).toBe(90)
  })

  it('WFI sleeps until an interrupt is pending, then takes it', () => {
    const s = system(P.wfi)
    expect(s.cpu.step()).toEqual({ kind: 'sleeping' })
    expect(s.cpu.step()).toEqual({ kind: 'sleeping' })
    scs(s, ISER, 1)
    s.cpu.setInterruptPending(0)
    expect(run(s.cpu)).toEqual({ kind: 'breakpoint', imm: 16 })
    expect(word(s, s.cpu.r[13] + 24)).toBe(CODE + 2)
  })

  it('WFI with PRIMASK set wakes on the interrupt without taking it', () => {
    const s = system(P.wfi)
    s.cpu.primask = 1
    expect(s.cpu.step()).toEqual({ kind: 'sleeping' })
    scs(s, ISER, 1)
    s.cpu.setInterruptPending(0)
    s.cpu.step()
    expect(s.cpu.r[5]).toBe(5)
    expect(s.cpu.currentException).toBe(0)
  })

  it('AIRCR.SYSRESETREQ asks the chip to reset, only with VECTKEY', () => {
    const s = system(P.nops)
    scs(s, AIRCR, 0x00000004)
    expect(s.resets).toBe(0)
    scs(s, AIRCR, 0x05fa0004)
    expect(s.resets).toBe(1)
    expect(scs(s, AIRCR) >>> 16).toBe(0xfa05)
  })

  it('reset takes SP and PC from the vector table and clears exception state', () => {
    const s = system(P.svc)
    run(s.cpu)
    s.cpu.reset()
    expect(s.cpu.r[13]).toBe(STACK_TOP)
    expect(s.cpu.r[15]).toBe(CODE)
    expect(s.cpu.currentException).toBe(0)
    expect(scs(s, SHCSR)).toBe(0)
    expect(s.cpu.readRegister(16)).toBe(0x01000000)
  })
})

describe("the debugger's register view", () => {
  it('selectors 17 and 18 are the banked stack pointers, 13 the current one, 20 the packed special registers', () => {
    const s = system(P.nops)
    const cpu = s.cpu
    cpu.writeRegister(18, SRAM + 0x800)
    expect(cpu.readRegister(13)).toBe(STACK_TOP)
    cpu.writeRegister(20, 0x02010001 | (0x40 << 8))
    expect(cpu.readRegister(13)).toBe(SRAM + 0x800)
    expect(cpu.readRegister(17)).toBe(STACK_TOP)
    expect(cpu.readRegister(20)).toBe(0x02014001)
    expect([cpu.primask, cpu.basepri, cpu.faultmask, cpu.control]).toEqual([1, 0x40, 1, 2])
  })

  it('writing xPSR sets the flags, the T bit and IPSR; handler mode uses MSP', () => {
    const s = system(P.nops)
    const cpu = s.cpu
    cpu.writeRegister(18, SRAM + 0x800)
    cpu.writeRegister(20, 0x02000000)
    cpu.writeRegister(16, 0xf1000000 | 11)
    expect(cpu.currentException).toBe(11)
    expect(cpu.readRegister(13)).toBe(STACK_TOP)
    expect([cpu.n, cpu.z, cpu.c, cpu.v]).toEqual([1, 1, 1, 1])
    cpu.writeRegister(16, 0x01000000)
    expect(cpu.readRegister(13)).toBe(SRAM + 0x800)
  })

  it('onExceptionEntry sees each entry after stacking, with the handler address in the PC', () => {
    const s = system(P.svc)
    const seen: [number, number][] = []
    s.cpu.onExceptionEntry = (exception) => {
      seen.push([exception, s.cpu.readRegister(15)])
      return false
    }
    run(s.cpu)
    expect(seen).toEqual([[11, handler(11)]])
  })
})
