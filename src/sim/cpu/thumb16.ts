// The 16-bit Thumb instructions (DDI0403E A5.2), decoded by their top bits
// and executed in one pass. Flag-setting forms set flags only outside an IT
// block; CMP, CMN and TST always do.
import type { StepOutcome } from './contract.js'
import type { Cpu } from './core.js'
import { undefinedInstruction } from './core.js'
import {
  addWithCarry,
  alu,
  immShiftC,
  reverseBytes,
  reverseHalfwords,
  reverseSignedHalfword,
  shiftC,
  signExtend,
  SHIFT_ASR,
  SHIFT_LSL,
  SHIFT_LSR,
  SHIFT_ROR,
} from './alu.js'
import { transferMultiple } from './multiple.js'

/** Returns an outcome only for an instruction that does not retire (BKPT). */
export function execute16(cpu: Cpu, hw: number): StepOutcome | undefined {
  const r = cpu.r
  switch (hw >>> 12) {
    case 0x0:
    case 0x1: {
      const op = (hw >>> 11) & 3
      const rd = hw & 7
      const setFlags = cpu.itState === 0
      if (op === 3) {
        // ADD/SUB register or 3-bit immediate.
        const rn = r[(hw >>> 3) & 7]
        const operand = hw & 0x400 ? (hw >>> 6) & 7 : r[(hw >>> 6) & 7]
        const result = hw & 0x200 ? addWithCarry(rn, ~operand, 1) : addWithCarry(rn, operand, 0)
        r[rd] = result
        if (setFlags) setArithmeticFlags(cpu, result)
        return undefined
      }
      // LSL/LSR/ASR by immediate; LSL #0 is MOVS.
      const result = immShiftC(r[(hw >>> 3) & 7], op, (hw >>> 6) & 31, cpu.c)
      r[rd] = result
      if (setFlags) {
        cpu.setNZ(result)
        cpu.c = alu.carry
      }
      return undefined
    }
    case 0x2:
    case 0x3: {
      const rd = (hw >>> 8) & 7
      const imm = hw & 0xff
      const setFlags = cpu.itState === 0
      switch ((hw >>> 11) & 3) {
        case 0:
          r[rd] = imm
          if (setFlags) cpu.setNZ(imm)
          return undefined
        case 1:
          setArithmeticFlags(cpu, addWithCarry(r[rd], ~imm, 1))
          return undefined
        case 2: {
          const result = addWithCarry(r[rd], imm, 0)
          r[rd] = result
          if (setFlags) setArithmeticFlags(cpu, result)
          return undefined
        }
        default: {
          const result = addWithCarry(r[rd], ~imm, 1)
          r[rd] = result
          if (setFlags) setArithmeticFlags(cpu, result)
          return undefined
        }
      }
    }
    case 0x4:
      if ((hw & 0xfc00) === 0x4000) dataProcessing(cpu, hw)
      else if ((hw & 0xfc00) === 0x4400) specialDataAndBranch(cpu, hw)
      else r[(hw >>> 8) & 7] = cpu.read(((r[15] & ~3) + ((hw & 0xff) << 2)) >>> 0, 4)
      return undefined
    case 0x5: {
      const address = (r[(hw >>> 3) & 7] + r[(hw >>> 6) & 7]) >>> 0
      const rt = hw & 7
      switch ((hw >>> 9) & 7) {
        case 0:
          cpu.write(address, 4, r[rt])
          break
        case 1:
          cpu.write(address, 2, r[rt])
          break
        case 2:
          cpu.write(address, 1, r[rt])
          break
        case 3:
          r[rt] = signExtend(cpu.read(address, 1), 8)
          break
        case 4:
          r[rt] = cpu.read(address, 4)
          break
        case 5:
          r[rt] = cpu.read(address, 2)
          break
        case 6:
          r[rt] = cpu.read(address, 1)
          break
        default:
          r[rt] = signExtend(cpu.read(address, 2), 16)
      }
      return undefined
    }
    case 0x6:
    case 0x7:
    case 0x8: {
      const size = hw < 0x7000 ? 4 : hw < 0x8000 ? 1 : 2
      const address = (r[(hw >>> 3) & 7] + ((hw >>> 6) & 31) * size) >>> 0
      const rt = hw & 7
      if (hw & 0x800) r[rt] = cpu.read(address, size)
      else cpu.write(address, size, r[rt])
      return undefined
    }
    case 0x9: {
      const address = (r[13] + ((hw & 0xff) << 2)) >>> 0
      const rt = (hw >>> 8) & 7
      if (hw & 0x800) r[rt] = cpu.read(address, 4)
      else cpu.write(address, 4, r[rt])
      return undefined
    }
    case 0xa:
      // ADR, or ADD Rd, SP, #imm.
      r[(hw >>> 8) & 7] = ((hw & 0x800 ? r[13] : r[15] & ~3) + ((hw & 0xff) << 2)) >>> 0
      return undefined
    case 0xb:
      return miscellaneous(cpu, hw)
    case 0xc: {
      const rn = (hw >>> 8) & 7
      const list = hw & 0xff
      if (list === 0) throw undefinedInstruction()
      if (hw & 0x800) transferMultiple(cpu, true, rn, list, (list & (1 << rn)) === 0, false)
      else transferMultiple(cpu, false, rn, list, true, false)
      return undefined
    }
    case 0xd: {
      const cond = (hw >>> 8) & 0xf
      if (cond === 0xe) throw undefinedInstruction()
      if (cond === 0xf) {
        cpu.supervisorCall = true
        return undefined
      }
      if (cpu.conditionPassed(cond)) cpu.branchTo(r[15] + signExtend((hw & 0xff) << 1, 9))
      return undefined
    }
    default:
      // 0xe000-0xe7ff: B; the rest are 32-bit and never get here.
      cpu.branchTo(r[15] + signExtend((hw & 0x7ff) << 1, 12))
      return undefined
  }
}

function setArithmeticFlags(cpu: Cpu, result: number): void {
  cpu.n = result >>> 31
  cpu.z = result === 0 ? 1 : 0
  cpu.c = alu.carry
  cpu.v = alu.overflow
}

const REGISTER_SHIFT = [0, 0, SHIFT_LSL, SHIFT_LSR, SHIFT_ASR, 0, 0, SHIFT_ROR]

function dataProcessing(cpu: Cpu, hw: number): void {
  const r = cpu.r
  const rdn = hw & 7
  const a = r[rdn]
  const b = r[(hw >>> 3) & 7]
  const setFlags = cpu.itState === 0
  let result: number
  switch ((hw >>> 6) & 0xf) {
    case 0x0:
      result = (a & b) >>> 0
      break
    case 0x1:
      result = (a ^ b) >>> 0
      break
    case 0x2:
    case 0x3:
    case 0x4:
    case 0x7:
      result = shiftC(a, REGISTER_SHIFT[(hw >>> 6) & 0xf], b & 0xff, cpu.c)
      r[rdn] = result
      if (setFlags) {
        cpu.setNZ(result)
        cpu.c = alu.carry
      }
      return
    case 0x5:
      result = addWithCarry(a, b, cpu.c)
      r[rdn] = result
      if (setFlags) setArithmeticFlags(cpu, result)
      return
    case 0x6:
      result = addWithCarry(a, ~b, cpu.c)
      r[rdn] = result
      if (setFlags) setArithmeticFlags(cpu, result)
      return
    case 0x8:
      cpu.setNZ((a & b) >>> 0)
      return
    case 0x9:
      // RSB Rd, Rn, #0: Rn is the second field here.
      result = addWithCarry(~b, 0, 1)
      r[rdn] = result
      if (setFlags) setArithmeticFlags(cpu, result)
      return
    case 0xa:
      setArithmeticFlags(cpu, addWithCarry(a, ~b, 1))
      return
    case 0xb:
      setArithmeticFlags(cpu, addWithCarry(a, b, 0))
      return
    case 0xc:
      result = (a | b) >>> 0
      break
    case 0xd:
      result = Math.imul(a, b) >>> 0
      break
    case 0xe:
      result = (a & ~b) >>> 0
      break
    default:
      result = ~b >>> 0
  }
  r[rdn] = result
  if (setFlags) cpu.setNZ(result)
}

function specialDataAndBranch(cpu: Cpu, hw: number): void {
  const r = cpu.r
  const rd = ((hw >>> 4) & 8) | (hw & 7)
  const rm = (hw >>> 3) & 0xf
  switch ((hw >>> 8) & 3) {
    case 0: {
      const result = (r[rd] + r[rm]) >>> 0
      if (rd === 15) cpu.branchTo(result)
      else writeRegister(cpu, rd, result)
      return
    }
    case 1:
      setArithmeticFlags(cpu, addWithCarry(r[rd], ~r[rm], 1))
      return
    case 2:
      if (rd === 15) cpu.branchTo(r[rm])
      else writeRegister(cpu, rd, r[rm])
      return
    default: {
      const target = r[rm]
      if (hw & 0x80) r[14] = (cpu.nextPc | 1) >>> 0
      cpu.branchExchange(target)
    }
  }
}

/** A register write that keeps SP word-aligned. */
function writeRegister(cpu: Cpu, rd: number, value: number): void {
  cpu.r[rd] = rd === 13 ? value & ~3 : value
}

function miscellaneous(cpu: Cpu, hw: number): StepOutcome | undefined {
  const r = cpu.r
  if ((hw & 0xff00) === 0xb000) {
    const imm = (hw & 0x7f) << 2
    r[13] = hw & 0x80 ? r[13] - imm : r[13] + imm
    return undefined
  }
  if ((hw & 0xf500) === 0xb100) {
    const offset = ((hw >>> 3) & 0x1f) * 2 + (hw & 0x200 ? 64 : 0)
    if ((r[hw & 7] === 0) !== ((hw & 0x800) !== 0)) cpu.branchTo(r[15] + offset)
    return undefined
  }
  switch (hw & 0xff00) {
    case 0xb200: {
      const m = r[(hw >>> 3) & 7]
      const rd = hw & 7
      switch ((hw >>> 6) & 3) {
        case 0:
          r[rd] = signExtend(m, 16)
          break
        case 1:
          r[rd] = signExtend(m, 8)
          break
        case 2:
          r[rd] = m & 0xffff
          break
        default:
          r[rd] = m & 0xff
      }
      return undefined
    }
    case 0xb400:
    case 0xb500:
      if ((hw & 0x1ff) === 0) throw undefinedInstruction()
      transferMultiple(cpu, false, 13, (hw & 0xff) | (hw & 0x100 ? 0x4000 : 0), true, true)
      return undefined
    case 0xbc00:
    case 0xbd00:
      if ((hw & 0x1ff) === 0) throw undefinedInstruction()
      transferMultiple(cpu, true, 13, (hw & 0xff) | (hw & 0x100 ? 0x8000 : 0), true, false)
      return undefined
    case 0xb600:
      if ((hw & 0xffe8) !== 0xb660) throw undefinedInstruction()
      // CPSID/CPSIE; ignored unprivileged.
      if (cpu.privileged) {
        const value = hw & 0x10 ? 1 : 0
        if (hw & 2) cpu.primask = value
        if (hw & 1 && (value === 0 || cpu.ipsr !== 2)) cpu.faultmask = value
        cpu.scb.dirty = true
      }
      return undefined
    case 0xba00: {
      const m = r[(hw >>> 3) & 7]
      const rd = hw & 7
      switch ((hw >>> 6) & 3) {
        case 0:
          r[rd] = reverseBytes(m)
          break
        case 1:
          r[rd] = reverseHalfwords(m)
          break
        case 3:
          r[rd] = reverseSignedHalfword(m)
          break
        default:
          throw undefinedInstruction()
      }
      return undefined
    }
    case 0xbe00:
      return { kind: 'breakpoint', imm: hw & 0xff }
    case 0xbf00:
      if (hw & 0xf) {
        cpu.itState = hw & 0xff
        return undefined
      }
      hint(cpu, (hw >>> 4) & 0xf)
      return undefined
    default:
      throw undefinedInstruction()
  }
}

/** NOP, YIELD, WFE, WFI, SEV; other hint numbers execute as NOP. */
export function hint(cpu: Cpu, op: number): void {
  if (op === 2) cpu.sleep(true)
  else if (op === 3) cpu.sleep(false)
  else if (op === 4) cpu.sendEvent()
}
