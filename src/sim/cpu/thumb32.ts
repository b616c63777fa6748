// The 32-bit Thumb-2 instructions (DDI0403E A5.3), decoded group by group as
// the manual's tables do. Coprocessor and FP encodings raise NOCP.
import {
  accumulateLong,
  addWithCarry,
  alu,
  immShiftC,
  multiplyLong,
  reverseBits,
  reverseBytes,
  reverseHalfwords,
  reverseSignedHalfword,
  rotateRight,
  shiftC,
  signedSat,
  signExtend,
  thumbExpandImmC,
  unsignedSat,
} from './alu.js'
import { CpuFault, noCoprocessor, undefinedInstruction, unalignedAccess, type Cpu } from './core.js'
import { transferMultiple } from './multiple.js'
import { CCR_DIV_0_TRP, CFSR_DIVBYZERO, Exception } from './system-control.js'
import { hint } from './thumb16.js'

export function execute32(cpu: Cpu, hw1: number, hw2: number): void {
  const op2 = (hw1 >>> 4) & 0x7f
  switch ((hw1 >>> 11) & 3) {
    case 1:
      if ((op2 & 0x64) === 0x00) return loadStoreMultiple(cpu, hw1, hw2)
      if ((op2 & 0x64) === 0x04) return loadStoreDualExclusiveTable(cpu, hw1, hw2)
      if ((op2 & 0x60) === 0x20) return dataProcessingShiftedRegister(cpu, hw1, hw2)
      throw noCoprocessor()
    case 2:
      if (hw2 & 0x8000) return branchesAndMiscellaneous(cpu, hw1, hw2)
      if (op2 & 0x20) return plainImmediate(cpu, hw1, hw2)
      return modifiedImmediate(cpu, hw1, hw2)
    default:
      if ((op2 & 0x71) === 0x00) return storeSingle(cpu, hw1, hw2)
      if ((op2 & 0x61) === 0x01) return loadSingle(cpu, hw1, hw2)
      if ((op2 & 0x70) === 0x20) return dataProcessingRegister(cpu, hw1, hw2)
      if ((op2 & 0x78) === 0x30) return multiply(cpu, hw1, hw2)
      if ((op2 & 0x78) === 0x38) return longMultiplyDivide(cpu, hw1, hw2)
      if (op2 & 0x40) throw noCoprocessor()
      throw undefinedInstruction()
  }
}

function loadStoreMultiple(cpu: Cpu, hw1: number, hw2: number): void {
  const op = (hw1 >>> 7) & 3
  if (op === 0 || op === 3) throw undefinedInstruction()
  const rn = hw1 & 0xf
  const writeback = (hw1 & 0x20) !== 0
  const decrementBefore = op === 2
  if (hw1 & 0x10) {
    if (hw2 & 0x2000 || (hw2 & 0xc000) === 0xc000) throw undefinedInstruction()
    transferMultiple(cpu, true, rn, hw2, writeback && (hw2 & (1 << rn)) === 0, decrementBefore)
  } else {
    if (hw2 & 0xa000) throw undefinedInstruction()
    transferMultiple(cpu, false, rn, hw2, writeback, decrementBefore)
  }
}

function loadStoreDualExclusiveTable(cpu: Cpu, hw1: number, hw2: number): void {
  const r = cpu.r
  const rn = hw1 & 0xf
  const rt = hw2 >>> 12
  if (hw1 & 0x120) {
    // LDRD/STRD (immediate, or literal for LDRD with Rn = PC).
    const imm = (hw2 & 0xff) << 2
    const base = rn === 15 ? r[15] & ~3 : r[rn]
    const offsetAddress = hw1 & 0x80 ? base + imm : base - imm
    const address = hw1 & 0x100 ? offsetAddress : base
    const rt2 = (hw2 >>> 8) & 0xf
    if (hw1 & 0x10) {
      const first = cpu.readAligned(address)
      const second = cpu.readAligned(address + 4)
      if (hw1 & 0x20) r[rn] = offsetAddress
      r[rt] = first
      r[rt2] = second
    } else {
      cpu.writeAligned(address, r[rt])
      cpu.writeAligned(address + 4, r[rt2])
      if (hw1 & 0x20) r[rn] = offsetAddress
    }
    return
  }
  const load = (hw1 & 0x10) !== 0
  if ((hw1 & 0x80) === 0) {
    // LDREX/STREX word, with an offset.
    const address = (r[rn] + ((hw2 & 0xff) << 2)) >>> 0
    if (load) loadExclusive(cpu, rt, address, 4)
    else storeExclusive(cpu, (hw2 >>> 8) & 0xf, rt, address, 4)
    return
  }
  const op3 = (hw2 >>> 4) & 0xf
  if (load && op3 <= 1) {
    // TBB/TBH: a forward branch by a table entry of halfwords.
    const base = r[rn]
    const index = r[hw2 & 0xf]
    const entry = op3 === 0 ? cpu.read(base + index, 1) : cpu.read(base + index * 2, 2)
    cpu.branchTo(r[15] + 2 * entry)
    return
  }
  if (op3 !== 4 && op3 !== 5) throw undefinedInstruction()
  const size = op3 === 4 ? 1 : 2
  if (load) loadExclusive(cpu, rt, r[rn], size)
  else storeExclusive(cpu, hw2 & 0xf, rt, r[rn], size)
}

function loadExclusive(cpu: Cpu, rt: number, address: number, size: 1 | 2 | 4): void {
  if (address & (size - 1)) throw unalignedAccess()
  cpu.r[rt] = cpu.read(address, size)
  cpu.exclusive = true
}

// Single core, no other bus master: the local monitor alone decides.
function storeExclusive(cpu: Cpu, rd: number, rt: number, address: number, size: 1 | 2 | 4): void {
  if (address & (size - 1)) throw unalignedAccess()
  if (cpu.exclusive) {
    cpu.write(address, size, cpu.r[rt])
    cpu.r[rd] = 0
  } else {
    cpu.r[rd] = 1
  }
  cpu.exclusive = false
}

function dataProcessingShiftedRegister(cpu: Cpu, hw1: number, hw2: number): void {
  const op = (hw1 >>> 5) & 0xf
  const imm5 = ((hw2 >>> 10) & 0x1c) | ((hw2 >>> 6) & 3)
  const type = (hw2 >>> 4) & 3
  const m = cpu.r[hw2 & 0xf]
  if (op === 6) {
    // PKHBT/PKHTB.
    const n = cpu.r[hw1 & 0xf]
    const rd = (hw2 >>> 8) & 0xf
    if (type === 0) cpu.r[rd] = ((immShiftC(m, 0, imm5, 0) & 0xffff0000) | (n & 0xffff)) >>> 0
    else if (type === 2) cpu.r[rd] = ((n & 0xffff0000) | (immShiftC(m, 2, imm5, 0) & 0xffff)) >>> 0
    else throw undefinedInstruction()
    return
  }
  const operand = immShiftC(m, type, imm5, cpu.c)
  dataOperation(cpu, op, hw1, hw2, operand, alu.carry)
}

function modifiedImmediate(cpu: Cpu, hw1: number, hw2: number): void {
  const imm12 = ((hw1 & 0x400) << 1) | ((hw2 >>> 4) & 0x700) | (hw2 & 0xff)
  const operand = thumbExpandImmC(imm12, cpu.c)
  dataOperation(cpu, (hw1 >>> 5) & 0xf, hw1, hw2, operand, alu.carry)
}

/**
 * The data-processing operations shared by the shifted-register and
 * modified-immediate forms. Rd = PC with S (TST, TEQ, CMN, CMP) only sets
 * flags; Rn = PC in ORR/ORN is MOV/MVN.
 */
function dataOperation(
  cpu: Cpu,
  op: number,
  hw1: number,
  hw2: number,
  operand: number,
  carry: number,
): void {
  const r = cpu.r
  const rn = hw1 & 0xf
  const rd = (hw2 >>> 8) & 0xf
  const setFlags = (hw1 & 0x10) !== 0
  const a = r[rn]
  let result: number
  switch (op) {
    case 0x0:
      result = (a & operand) >>> 0
      break
    case 0x1:
      result = (a & ~operand) >>> 0
      break
    case 0x2:
      result = rn === 15 ? operand : (a | operand) >>> 0
      break
    case 0x3:
      result = rn === 15 ? ~operand >>> 0 : (a | ~operand) >>> 0
      break
    case 0x4:
      result = (a ^ operand) >>> 0
      break
    case 0x8:
      return arithmetic(cpu, rd, setFlags, addWithCarry(a, operand, 0))
    case 0xa:
      return arithmetic(cpu, rd, setFlags, addWithCarry(a, operand, cpu.c))
    case 0xb:
      return arithmetic(cpu, rd, setFlags, addWithCarry(a, ~operand, cpu.c))
    case 0xd:
      return arithmetic(cpu, rd, setFlags, addWithCarry(a, ~operand, 1))
    case 0xe:
      return arithmetic(cpu, rd, setFlags, addWithCarry(~a, operand, 1))
    default:
      throw undefinedInstruction()
  }
  if (rd !== 15) r[rd] = rd === 13 ? result & ~3 : result
  if (setFlags) {
    cpu.n = result >>> 31
    cpu.z = result === 0 ? 1 : 0
    cpu.c = carry
  }
}

function arithmetic(cpu: Cpu, rd: number, setFlags: boolean, result: number): void {
  if (rd !== 15) cpu.r[rd] = rd === 13 ? result & ~3 : result
  if (setFlags) {
    cpu.n = result >>> 31
    cpu.z = result === 0 ? 1 : 0
    cpu.c = alu.carry
    cpu.v = alu.overflow
  }
}

function plainImmediate(cpu: Cpu, hw1: number, hw2: number): void {
  const r = cpu.r
  const rn = hw1 & 0xf
  const rd = (hw2 >>> 8) & 0xf
  const imm12 = ((hw1 & 0x400) << 1) | ((hw2 >>> 4) & 0x700) | (hw2 & 0xff)
  const lsb = ((hw2 >>> 10) & 0x1c) | ((hw2 >>> 6) & 3)
  const field = hw2 & 0x1f
  switch ((hw1 >>> 4) & 0x1f) {
    case 0x00: // ADDW, ADR
      r[rd] = (rn === 15 ? r[15] & ~3 : r[rn]) + imm12
      return
    case 0x0a: // SUBW, ADR
      r[rd] = (rn === 15 ? r[15] & ~3 : r[rn]) - imm12
      return
    case 0x04: // MOVW
      r[rd] = ((hw1 & 0xf) << 12) | imm12
      return
    case 0x0c: // MOVT
      r[rd] = ((((hw1 & 0xf) << 12) | imm12) << 16) | (r[rd] & 0xffff)
      return
    case 0x10:
    case 0x12: {
      if (hw1 & 0x20 && lsb === 0) return saturate16(cpu, rd, r[rn], field + 1, true)
      const value = hw1 & 0x20 ? (r[rn] | 0) >> lsb : r[rn] << lsb
      r[rd] = signedSat(value | 0, field + 1)
      if (alu.overflow) cpu.q = 1
      return
    }
    case 0x18:
    case 0x1a: {
      if (hw1 & 0x20 && lsb === 0) return saturate16(cpu, rd, r[rn], field, false)
      const value = hw1 & 0x20 ? (r[rn] | 0) >> lsb : r[rn] << lsb
      r[rd] = unsignedSat(value | 0, field)
      if (alu.overflow) cpu.q = 1
      return
    }
    case 0x14: // SBFX
    case 0x1c: {
      // UBFX
      const width = field + 1
      if (lsb + width > 32) throw undefinedInstruction()
      const extracted = width === 32 ? r[rn] : (r[rn] >>> lsb) & ((1 << width) - 1)
      r[rd] = hw1 & 0x80 ? extracted : signExtend(extracted, width)
      return
    }
    case 0x16: {
      // BFI, BFC (Rn = PC)
      if (field < lsb) throw undefinedInstruction()
      const width = field - lsb + 1
      const mask = (width === 32 ? 0xffffffff : ((1 << width) - 1) << lsb) >>> 0
      const source = rn === 15 ? 0 : r[rn] << lsb
      r[rd] = (r[rd] & ~mask) | (source & mask)
      return
    }
    default:
      throw undefinedInstruction()
  }
}

/** SSAT16/USAT16: each halfword saturated. */
function saturate16(cpu: Cpu, rd: number, value: number, bits: number, signed: boolean): void {
  const saturateHalf = signed ? signedSat : unsignedSat
  const low = saturateHalf(signExtend(value, 16), bits)
  let saturated = alu.overflow
  const high = saturateHalf(value >> 16, bits)
  saturated |= alu.overflow
  cpu.r[rd] = ((high << 16) | (low & 0xffff)) >>> 0
  if (saturated) cpu.q = 1
}

function branchesAndMiscellaneous(cpu: Cpu, hw1: number, hw2: number): void {
  const r = cpu.r
  const s = (hw1 >>> 10) & 1
  const j1 = (hw2 >>> 13) & 1
  const j2 = (hw2 >>> 11) & 1
  switch (hw2 & 0x5000) {
    case 0x1000:
    case 0x5000: {
      // B.W and BL: I1 = NOT(J1 EOR S), I2 = NOT(J2 EOR S).
      const i1 = 1 - (j1 ^ s)
      const i2 = 1 - (j2 ^ s)
      const offset = signExtend(
        (s << 24) | (i1 << 23) | (i2 << 22) | ((hw1 & 0x3ff) << 12) | ((hw2 & 0x7ff) << 1),
        25,
      )
      if (hw2 & 0x4000) r[14] = cpu.nextPc | 1
      cpu.branchTo(r[15] + offset)
      return
    }
    case 0x4000:
      // BLX to ARM state does not exist on ARMv7-M.
      throw undefinedInstruction()
    default:
      break
  }
  const op = (hw1 >>> 4) & 0x7f
  if ((op & 0x38) !== 0x38) {
    const cond = (hw1 >>> 6) & 0xf
    const offset = signExtend(
      (s << 20) | (j2 << 19) | (j1 << 18) | ((hw1 & 0x3f) << 12) | ((hw2 & 0x7ff) << 1),
      21,
    )
    if (cpu.conditionPassed(cond)) cpu.branchTo(r[15] + offset)
    return
  }
  switch (op) {
    case 0x38:
    case 0x39:
      return moveToSpecial(cpu, r[hw1 & 0xf], hw2 & 0xff, (hw2 >>> 10) & 3)
    case 0x3a:
      if ((hw2 & 0x700) !== 0) throw undefinedInstruction()
      hint(cpu, hw2 & 0xff)
      return
    case 0x3b: {
      const misc = (hw2 >>> 4) & 0xf
      if (misc === 2) cpu.exclusive = false
      else if (misc < 4 || misc > 6) throw undefinedInstruction()
      return
    }
    case 0x3e:
    case 0x3f:
      r[(hw2 >>> 8) & 0xf] = moveFromSpecial(cpu, hw2 & 0xff)
      return
    default:
      throw undefinedInstruction()
  }
}

function moveFromSpecial(cpu: Cpu, sysm: number): number {
  if (sysm < 8) {
    // EPSR reads as zero through MRS.
    return ((sysm & 4 ? 0 : cpu.apsr()) | (sysm & 1 ? cpu.ipsr : 0)) >>> 0
  }
  if (!cpu.privileged && sysm !== 20) return 0
  switch (sysm) {
    case 8:
      return cpu.msp
    case 9:
      return cpu.psp
    case 16:
      return cpu.primask
    case 17:
    case 18:
      return cpu.basepri
    case 19:
      return cpu.faultmask
    case 20:
      return cpu.control
    default:
      throw undefinedInstruction()
  }
}

function moveToSpecial(cpu: Cpu, value: number, sysm: number, mask: number): void {
  if (sysm < 8) {
    // Only the APSR part is writable: mask bit 1 the flags, bit 0 GE.
    if ((sysm & 4) === 0) cpu.writeApsr(value, (mask & 2) !== 0, (mask & 1) !== 0)
    return
  }
  if (!cpu.privileged) return
  switch (sysm) {
    case 8:
      cpu.msp = value
      return
    case 9:
      cpu.psp = value
      return
    case 16:
      cpu.primask = value & 1
      break
    case 17:
      cpu.basepri = value & 0xf0
      break
    case 18: {
      const basepri = value & 0xf0
      if (basepri !== 0 && (basepri < cpu.basepri || cpu.basepri === 0)) cpu.basepri = basepri
      break
    }
    case 19:
      // FAULTMASK cannot be set in NMI or HardFault (execution priority -1 or below).
      if ((value & 1) === 0 || cpu.executionPriority() > -1) cpu.faultmask = value & 1
      break
    case 20:
      cpu.writeControl(value)
      return
    default:
      throw undefinedInstruction()
  }
  cpu.scb.dirty = true
}

const SIZES = [1, 2, 4] as const

function storeSingle(cpu: Cpu, hw1: number, hw2: number): void {
  const r = cpu.r
  const sizeField = (hw1 >>> 5) & 3
  const rn = hw1 & 0xf
  if (sizeField === 3 || rn === 15) throw undefinedInstruction()
  const size = SIZES[sizeField]
  const value = r[hw2 >>> 12]
  if (hw1 & 0x80) {
    cpu.write(r[rn] + (hw2 & 0xfff), size, value)
    return
  }
  if (hw2 & 0x800) {
    const [address, offsetAddress, writeback] = indexed(r[rn], hw2)
    cpu.write(address, size, value)
    if (writeback) r[rn] = offsetAddress
    return
  }
  if ((hw2 & 0xfc0) !== 0) throw undefinedInstruction()
  cpu.write(r[rn] + (r[hw2 & 0xf] << ((hw2 >>> 4) & 3)), size, value)
}

/** Loads of every size and signedness; Rt = PC in a byte or halfword load is a preload hint. */
function loadSingle(cpu: Cpu, hw1: number, hw2: number): void {
  const r = cpu.r
  const sizeField = (hw1 >>> 5) & 3
  if (sizeField === 3) throw undefinedInstruction()
  const size = SIZES[sizeField]
  const signed = (hw1 & 0x100) !== 0
  if (signed && size === 4) throw undefinedInstruction()
  const rn = hw1 & 0xf
  const rt = hw2 >>> 12
  let address: number
  let writeback = false
  let offsetAddress = 0
  if (rn === 15) {
    const base = r[15] & ~3
    address = hw1 & 0x80 ? base + (hw2 & 0xfff) : base - (hw2 & 0xfff)
  } else if (hw1 & 0x80) {
    address = r[rn] + (hw2 & 0xfff)
  } else if (hw2 & 0x800) {
    ;[address, offsetAddress, writeback] = indexed(r[rn], hw2)
  } else if ((hw2 & 0xfc0) === 0) {
    address = r[rn] + (r[hw2 & 0xf] << ((hw2 >>> 4) & 3))
  } else {
    throw undefinedInstruction()
  }
  if (rt === 15 && size !== 4) return
  let value = cpu.read(address >>> 0, size)
  if (signed) value = signExtend(value, size * 8)
  if (writeback) r[rn] = offsetAddress
  if (rt === 15) cpu.branchExchange(value)
  else r[rt] = value
}

const indexedResult: [number, number, boolean] = [0, 0, false]

/** The imm8 forms: P (bit 10) pre-indexes, U (bit 9) adds, W (bit 8) writes back. */
function indexed(
  base: number,
  hw2: number,
): [address: number, offsetAddress: number, writeback: boolean] {
  const imm = hw2 & 0xff
  const offsetAddress = (hw2 & 0x200 ? base + imm : base - imm) >>> 0
  indexedResult[0] = hw2 & 0x400 ? offsetAddress : base
  indexedResult[1] = offsetAddress
  indexedResult[2] = (hw2 & 0x100) !== 0
  if ((hw2 & 0x500) === 0) throw undefinedInstruction()
  return indexedResult
}

function dataProcessingRegister(cpu: Cpu, hw1: number, hw2: number): void {
  const r = cpu.r
  const op1 = (hw1 >>> 4) & 0xf
  const op2 = (hw2 >>> 4) & 0xf
  const rn = hw1 & 0xf
  const rd = (hw2 >>> 8) & 0xf
  const m = r[hw2 & 0xf]
  if ((hw2 & 0xf000) !== 0xf000) throw undefinedInstruction()
  if (op1 < 8 && op2 === 0) {
    // LSL/LSR/ASR/ROR by register.
    const result = shiftC(r[rn], (hw1 >>> 5) & 3, m & 0xff, cpu.c)
    r[rd] = result
    if (hw1 & 0x10) {
      cpu.setNZ(result)
      cpu.c = alu.carry
    }
    return
  }
  if (op1 < 8 && op2 >= 8) return extend(cpu, op1, rn, rd, rotateRight(m, ((hw2 >>> 4) & 3) * 8))
  if (op1 >= 8 && op2 < 8) return parallelAddSubtract(cpu, op1, op2, r[rn], m, rd)
  if ((op1 & 0xc) === 0x8 && (op2 & 0xc) === 0x8) {
    switch (((op1 & 3) << 2) | (op2 & 3)) {
      case 0x0:
        return saturatingAdd(cpu, rd, m, r[rn], false, false)
      case 0x1:
        return saturatingAdd(cpu, rd, m, r[rn], false, true)
      case 0x2:
        return saturatingAdd(cpu, rd, m, r[rn], true, false)
      case 0x3:
        return saturatingAdd(cpu, rd, m, r[rn], true, true)
      case 0x4:
        r[rd] = reverseBytes(m)
        return
      case 0x5:
        r[rd] = reverseHalfwords(m)
        return
      case 0x6:
        r[rd] = reverseBits(m)
        return
      case 0x7:
        r[rd] = reverseSignedHalfword(m)
        return
      case 0x8: {
        // SEL: bytes by the GE flags.
        const n = r[rn]
        let result = 0
        for (let i = 0; i < 4; i++) result |= ((cpu.ge >>> i) & 1 ? n : m) & (0xff << (8 * i))
        r[rd] = result >>> 0
        return
      }
      case 0xc:
        r[rd] = Math.clz32(m)
        return
      default:
        break
    }
  }
  throw undefinedInstruction()
}

/** SXTAH/UXTAH/SXTAB16/UXTAB16/SXTAB/UXTAB; Rn = PC is the plain extend. */
function extend(cpu: Cpu, op1: number, rn: number, rd: number, rotated: number): void {
  const r = cpu.r
  const add = rn === 15 ? 0 : r[rn]
  switch (op1) {
    case 0:
      r[rd] = add + signExtend(rotated, 16)
      return
    case 1:
      r[rd] = add + (rotated & 0xffff)
      return
    case 2:
    case 3: {
      const low = op1 === 2 ? signExtend(rotated, 8) : rotated & 0xff
      const high = op1 === 2 ? signExtend(rotated >>> 16, 8) : (rotated >>> 16) & 0xff
      r[rd] = (((add >>> 16) + high) << 16) | ((add + low) & 0xffff)
      return
    }
    case 4:
      r[rd] = add + signExtend(rotated, 8)
      return
    case 5:
      r[rd] = add + (rotated & 0xff)
      return
    default:
      throw undefinedInstruction()
  }
}

/** QADD, QDADD, QSUB, QDSUB: `m` is the first operand, `n` the (possibly doubled) second. */
function saturatingAdd(
  cpu: Cpu,
  rd: number,
  m: number,
  n: number,
  subtract: boolean,
  double: boolean,
): void {
  let second = n | 0
  if (double) {
    second = signedSat(second * 2, 32)
    if (alu.overflow) cpu.q = 1
  }
  const result = signedSat(subtract ? (m | 0) - second : (m | 0) + second, 32)
  if (alu.overflow) cpu.q = 1
  cpu.r[rd] = result
}

/**
 * The M4's parallel add/subtract (A5.3.15). op1 bits 2:0: 000 ADD8, 001
 * ADD16, 010 ASX, 100 SUB8, 101 SUB16, 110 SAX; op2: bit 2 unsigned, bits
 * 1:0 plain (sets GE), saturating, halving.
 */
function parallelAddSubtract(
  cpu: Cpu,
  op1: number,
  op2: number,
  n: number,
  m: number,
  rd: number,
): void {
  const operation = op1 & 7
  const kind = op2 & 3
  const unsigned = (op2 & 4) !== 0
  if ((operation & 3) === 3 || kind === 3 || (op2 & 8) !== 0) throw undefinedInstruction()
  const lanes = (operation & 3) === 0 ? 4 : 2
  const bits = 32 / lanes
  const laneMask = lanes === 4 ? 0xff : 0xffff
  const exchange = (operation & 3) === 2
  let result = 0
  let ge = 0
  for (let i = 0; i < lanes; i++) {
    let x = (n >>> (bits * i)) & laneMask
    let y = (m >>> (bits * (exchange ? 1 - i : i))) & laneMask
    if (!unsigned) {
      x = signExtend(x, bits)
      y = signExtend(y, bits)
    }
    // ASX subtracts in the low lane, SAX in the high one.
    const subtract = exchange ? (operation & 4 ? i === 1 : i === 0) : (operation & 4) !== 0
    let value = subtract ? x - y : x + y
    if (kind === 0) {
      const geSet = unsigned && !subtract ? value >= 2 ** bits : value >= 0
      if (geSet) ge |= lanes === 4 ? 1 << i : 3 << (2 * i)
    } else if (kind === 1) {
      value = unsigned ? unsignedSat(value, bits) : signedSat(value, bits)
    } else {
      value = Math.floor(value / 2)
    }
    result |= (value & laneMask) << (bits * i)
  }
  cpu.r[rd] = result >>> 0
  if (kind === 0) cpu.ge = ge
}

function multiply(cpu: Cpu, hw1: number, hw2: number): void {
  const r = cpu.r
  const n = r[hw1 & 0xf]
  const m = r[hw2 & 0xf]
  const ra = hw2 >>> 12
  const rd = (hw2 >>> 8) & 0xf
  const accumulate = ra === 15 ? 0 : r[ra]
  const op2 = (hw2 >>> 4) & 3
  switch ((hw1 >>> 4) & 7) {
    case 0:
      if (op2 === 0) r[rd] = Math.imul(n, m) + accumulate
      else if (op2 === 1) r[rd] = accumulate - Math.imul(n, m)
      else throw undefinedInstruction()
      return
    case 1: {
      // SMULxy/SMLAxy: N and M pick the halves.
      const product = half(n, op2 & 2) * half(m, op2 & 1)
      return accumulateQ(cpu, rd, product, ra === 15 ? 0 : r[ra] | 0)
    }
    case 2:
    case 4: {
      // SMUAD/SMLAD, SMUSD/SMLSD (X swaps M's halves).
      const mm = op2 & 1 ? rotateRight(m, 16) : m
      const low = half(n, 0) * half(mm, 0)
      const high = half(n, 1) * half(mm, 1)
      if (op2 & 2) throw undefinedInstruction()
      return accumulateQ(
        cpu,
        rd,
        (hw1 >>> 4) & 4 ? low - high : low + high,
        ra === 15 ? 0 : r[ra] | 0,
      )
    }
    case 3: {
      // SMULWy/SMLAWy: the top 32 bits of the 48-bit product.
      if (op2 & 2) throw undefinedInstruction()
      const product = Math.floor(((n | 0) * half(m, op2 & 1)) / 0x10000)
      return accumulateQ(cpu, rd, product, ra === 15 ? 0 : r[ra] | 0)
    }
    case 5:
    case 6: {
      // SMMUL/SMMLA/SMMLS, R rounds.
      if (op2 & 2) throw undefinedInstruction()
      multiplyLong(n, m, true)
      let lo = alu.lo
      let hi = alu.hi
      if (hw1 & 0x20) {
        // SMMLS: (Ra << 32) - product.
        const borrow = lo !== 0 ? 1 : 0
        lo = (0 - lo) >>> 0
        hi = (accumulate - hi - borrow) >>> 0
      } else if (ra !== 15) {
        hi = (hi + accumulate) >>> 0
      }
      if (op2 & 1 && lo >= 0x80000000) hi = (hi + 1) >>> 0
      r[rd] = hi
      return
    }
    default: {
      // USAD8/USADA8.
      if (op2 !== 0) throw undefinedInstruction()
      let sum = 0
      for (let i = 0; i < 32; i += 8) sum += Math.abs(((n >>> i) & 0xff) - ((m >>> i) & 0xff))
      r[rd] = accumulate + sum
    }
  }
}

function half(value: number, top: number): number {
  return top ? value >> 16 : signExtend(value, 16)
}

/** Signed accumulate that sets Q on 32-bit overflow and wraps. */
function accumulateQ(cpu: Cpu, rd: number, product: number, accumulate: number): void {
  const sum = product + accumulate
  if (sum > 0x7fffffff || sum < -0x80000000) cpu.q = 1
  cpu.r[rd] = sum
}

function longMultiplyDivide(cpu: Cpu, hw1: number, hw2: number): void {
  const r = cpu.r
  const n = r[hw1 & 0xf]
  const m = r[hw2 & 0xf]
  const rdLo = hw2 >>> 12
  const rdHi = (hw2 >>> 8) & 0xf
  const op2 = (hw2 >>> 4) & 0xf
  switch (((hw1 >>> 4) & 7) * 16 + op2) {
    case 0x00: // SMULL
    case 0x20: // UMULL
      multiplyLong(n, m, (hw1 & 0x20) === 0)
      break
    case 0x40: // SMLAL
    case 0x60: // UMLAL
      multiplyLong(n, m, (hw1 & 0x20) === 0)
      accumulateLong(r[rdLo], r[rdHi])
      break
    case 0x66: // UMAAL
      multiplyLong(n, m, false)
      accumulateLong(r[rdLo], 0)
      accumulateLong(r[rdHi], 0)
      break
    case 0x48:
    case 0x49:
    case 0x4a:
    case 0x4b: {
      // SMLALxy
      multiplyLong(half(n, op2 & 2), half(m, op2 & 1), true)
      accumulateLong(r[rdLo], r[rdHi])
      break
    }
    case 0x4c:
    case 0x4d:
    case 0x5c:
    case 0x5d: {
      // SMLALD/SMLSLD: the two 16x16 products summed or subtracted, then accumulated.
      const mm = op2 & 1 ? rotateRight(m, 16) : m
      const low = half(n, 0) * half(mm, 0)
      const high = half(n, 1) * half(mm, 1)
      const total = hw1 & 0x10 ? low - high : low + high
      alu.lo = total >>> 0
      alu.hi = total < 0 ? 0xffffffff : Math.floor(total / 0x100000000)
      accumulateLong(r[rdLo], r[rdHi])
      break
    }
    case 0x1f: // SDIV
    case 0x3f: // UDIV
      r[rdHi] = divide(cpu, n, m, (hw1 & 0x20) === 0)
      return
    default:
      throw undefinedInstruction()
  }
  r[rdLo] = alu.lo
  r[rdHi] = alu.hi
}

/** Rounds toward zero; x / 0 is 0 unless CCR.DIV_0_TRP; INT_MIN / -1 is INT_MIN. */
function divide(cpu: Cpu, n: number, m: number, signed: boolean): number {
  if (m === 0) {
    if (cpu.scb.ccr & CCR_DIV_0_TRP) throw new CpuFault(Exception.UsageFault, CFSR_DIVBYZERO)
    return 0
  }
  if (!signed) return Math.floor(n / m)
  return Math.trunc((n | 0) / (m | 0)) | 0
}
