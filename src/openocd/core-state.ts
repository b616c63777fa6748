// A halted Cortex-M core, as a report needs it: the registers, the fault
// status registers, and the frame the hardware stacked on exception entry.
import type { Session } from './session.js'
import { tclHex } from './tcl.js'
import { TargetError } from './errors.js'
import { hex32 } from '../report/format.js'

export const CORE_REGISTERS = [
  'r0',
  'r1',
  'r2',
  'r3',
  'r4',
  'r5',
  'r6',
  'r7',
  'r8',
  'r9',
  'r10',
  'r11',
  'r12',
  'sp',
  'lr',
  'pc',
  'xPSR',
  'msp',
  'psp',
] as const
export type CoreRegister = (typeof CORE_REGISTERS)[number]
export type Registers = Record<CoreRegister, number>

const REG_LINE = /^(\w+) \(\/\d+\): (0x[0-9a-f]+)/i

// OpenOCD 0.12.0 calls the program status register `xPSR`; later builds
// `xpsr`, GDB's name (11ee500bf), and match names case-sensitively. 0.12.0
// answers an unknown name with a "not found" text and success, later builds
// fail: so the old spelling goes first. Tcl that runs `reg` (reading, or
// writing `value`) with whichever spelling the binary has.
export function regScript(name: CoreRegister, value?: string): string {
  const args = value === undefined ? '' : ` ${value}`
  if (name !== 'xPSR') return `reg ${name}${args}`
  return `if {[catch {reg xPSR${args}} __ofl_v]} {reg xpsr${args}} else {set __ofl_v}`
}

/** Reads the core registers of the halted target (one command). */
export async function readRegisters(session: Session): Promise<Registers> {
  const reads = CORE_REGISTERS.map((r) => `lappend __ofl_regs [${regScript(r)}]`).join('; ')
  const script = `set __ofl_regs {}; ${reads}; join $__ofl_regs "\\n"`
  const text = await session.commandAs(TargetError, script)
  const values = new Map<string, number>()
  for (const line of text.split('\n')) {
    const m = REG_LINE.exec(line.trim())
    if (m) values.set(m[1].toLowerCase(), Number(m[2]))
  }
  const valueOf = (r: CoreRegister) => values.get(r.toLowerCase())
  const missing = CORE_REGISTERS.filter((r) => valueOf(r) === undefined)
  if (missing.length)
    throw new TargetError(`could not read register(s) ${missing.join(', ')}: ${text}`)
  return Object.fromEntries(CORE_REGISTERS.map((r) => [r, valueOf(r)!])) as Registers
}

export async function writeRegister(
  session: Session,
  name: CoreRegister,
  value: number,
): Promise<void> {
  await session.commandAs(TargetError, regScript(name, tclHex(value >>> 0)))
}

export async function readWords(
  session: Session,
  address: number,
  count: number,
): Promise<number[]> {
  return (await session.target.readMemory(address, 32, count)).map(Number)
}

/** IPSR: the exception being handled, 0 in thread mode. */
export const exceptionNumber = (regs: Registers) => regs.xPSR & 0x1ff

export interface CoreFault {
  /** The exception the core was in (3 for HardFault). */
  exception: number
  /** Where the fault happened: the PC the hardware stacked. */
  pc: number
  cfsr: number
  hfsr: number
  mmfar?: number
  bfar?: number
  /** Decoded CFSR and HFSR bits, e.g. UNDEFINSTR, FORCED. */
  causes: string[]
  stacked: {
    r0: number
    r1: number
    r2: number
    r3: number
    r12: number
    lr: number
    pc: number
    xpsr: number
  }
}

const SCB_CFSR = 0xe000ed28
const CFSR_BITS: Array<[number, string]> = [
  [0, 'IACCVIOL'],
  [1, 'DACCVIOL'],
  [3, 'MUNSTKERR'],
  [4, 'MSTKERR'],
  [5, 'MLSPERR'],
  [8, 'IBUSERR'],
  [9, 'PRECISERR'],
  [10, 'IMPRECISERR'],
  [11, 'UNSTKERR'],
  [12, 'STKERR'],
  [13, 'LSPERR'],
  [16, 'UNDEFINSTR'],
  [17, 'INVSTATE'],
  [18, 'INVPC'],
  [19, 'NOCP'],
  [24, 'UNALIGNED'],
  [25, 'DIVBYZERO'],
]
const HFSR_BITS: Array<[number, string]> = [
  [1, 'VECTTBL'],
  [30, 'FORCED'],
  [31, 'DEBUGEVT'],
]

/** Reads the fault registers and the exception frame of a core halted in a fault handler. */
export async function readFault(session: Session, regs: Registers): Promise<CoreFault> {
  const [cfsr, hfsr, , mmfar, bfar] = await readWords(session, SCB_CFSR, 5)
  // EXC_RETURN bit 2: the frame is on the process stack.
  const sp = regs.lr & 4 ? regs.psp : regs.msp
  const [r0, r1, r2, r3, r12, lr, pc, xpsr] = await readWords(session, sp, 8)
  const bits = (value: number, table: Array<[number, string]>) =>
    table.filter(([b]) => value & (1 << b)).map(([, n]) => n)
  return {
    exception: exceptionNumber(regs),
    pc,
    cfsr,
    hfsr,
    mmfar: cfsr & (1 << 7) ? mmfar : undefined,
    bfar: cfsr & (1 << 15) ? bfar : undefined,
    causes: [...bits(cfsr, CFSR_BITS), ...bits(hfsr, HFSR_BITS)],
    stacked: { r0, r1, r2, r3, r12, lr, pc, xpsr },
  }
}

export function describeFault(f: CoreFault): string {
  const name = f.exception === 3 ? 'HardFault' : `fault (exception ${f.exception})`
  return `${name} at PC ${hex32(f.pc)} (CFSR ${hex32(f.cfsr)}, HFSR ${hex32(f.hfsr)}${f.causes.length ? `: ${f.causes.join(', ')}` : ''})`
}
