// Semihosting, serviced by us rather than by OpenOCD: OpenOCD 0.12 calls
// exit() on SYS_EXIT when no GDB is attached (semihosting_common.c), which
// would end the session under us and lose the report; `semihosting_resexit`
// only matters with GDB attached. So OpenOCD's handler stays disabled, the
// core halts on `BKPT 0xAB` like on any breakpoint, and we do the call: the
// console calls (SYS_WRITEC, SYS_WRITE0, SYS_WRITE) go to the run's console,
// SYS_EXIT and SYS_EXIT_EXTENDED become the verdict, anything else returns -1.
import { readWords, writeRegister, type Registers } from './core-state.js'
import type { Session } from './session.js'

const BKPT_SEMIHOSTING = 0xbeab
const SYS_WRITEC = 0x03
const SYS_WRITE0 = 0x04
const SYS_WRITE = 0x05
const SYS_EXIT = 0x18
const SYS_EXIT_EXTENDED = 0x20
const ADP_STOPPED_APPLICATION_EXIT = 0x20026
const MAX_TEXT = 64 * 1024

export type SemihostingCall =
  | { kind: 'output'; text: string }
  | { kind: 'exit'; code: number; detail?: string }
  | { kind: 'unsupported'; operation: number }

/** True when the halted core stopped at a semihosting breakpoint. */
export async function atSemihostingCall(session: Session, regs: Registers): Promise<boolean> {
  const [half] = await session.target.readMemory(regs.pc & ~1, 16, 1)
  return Number(half) === BKPT_SEMIHOSTING
}

/**
 * Performs the call the core is halted at and, unless it is an exit, returns
 * its result in r0 and steps the PC past the BKPT. The caller resumes.
 */
export async function serviceSemihosting(
  session: Session,
  regs: Registers,
): Promise<SemihostingCall> {
  const op = regs.r0
  const param = regs.r1
  let call: SemihostingCall
  let result = 0
  switch (op) {
    case SYS_WRITEC:
      call = { kind: 'output', text: await readText(session, param, 1) }
      break
    case SYS_WRITE0:
      call = { kind: 'output', text: await readString(session, param) }
      break
    case SYS_WRITE: {
      const [, buffer, length] = await readWords(session, param, 3)
      call = { kind: 'output', text: await readText(session, buffer, Math.min(length, MAX_TEXT)) }
      break // r0 = 0: all bytes written
    }
    case SYS_EXIT:
      return param === ADP_STOPPED_APPLICATION_EXIT
        ? { kind: 'exit', code: 0 }
        : { kind: 'exit', code: 1, detail: `SYS_EXIT reason 0x${param.toString(16)}` }
    case SYS_EXIT_EXTENDED: {
      const [reason, code] = await readWords(session, param, 2)
      return reason === ADP_STOPPED_APPLICATION_EXIT
        ? { kind: 'exit', code: code | 0 }
        : { kind: 'exit', code: 1, detail: `SYS_EXIT_EXTENDED reason 0x${reason.toString(16)}` }
    }
    default:
      call = { kind: 'unsupported', operation: op }
      result = -1
  }
  await writeRegister(session, 'r0', result)
  await writeRegister(session, 'pc', (regs.pc & ~1) + 2)
  return call
}

async function readText(session: Session, address: number, length: number): Promise<string> {
  if (length === 0) return ''
  const bytes = await session.target.readMemory(address, 8, length)
  return Buffer.from(bytes.map(Number)).toString('utf8')
}

async function readString(session: Session, address: number): Promise<string> {
  const parts: number[] = []
  let at = address
  while (parts.length < MAX_TEXT) {
    // Stay inside a 64-byte block: the string may end just before unmapped memory.
    const n = 64 - (at % 64)
    const chunk = (await session.target.readMemory(at, 8, n)).map(Number)
    const end = chunk.indexOf(0)
    parts.push(...(end < 0 ? chunk : chunk.slice(0, end)))
    if (end >= 0) break
    at += n
  }
  return Buffer.from(parts).toString('utf8')
}
