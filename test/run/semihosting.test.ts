// Semihosting calls and fault frames, serviced through the real OpenOCD on a
// halted virtual core: the test puts the core where the firmware would have
// stopped it (at a BKPT 0xAB, or in the HardFault handler with a stacked frame).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  describeFault,
  readFault,
  readRegisters,
  writeRegister,
} from '../../src/openocd/core-state.js'
import { atSemihostingCall, serviceSemihosting } from '../../src/openocd/semihosting.js'
import { openVirtual, type VirtualSession } from '../support/virtual.js'

const CODE = 0x20001000
const DATA = 0x20001100

describe('semihosting serviced on a halted virtual STM32F407', () => {
  let v: VirtualSession
  beforeAll(async () => {
    v = await openVirtual('stm32f407')
    // BKPT 0xAB, then a NOP (not a call)
    await v.session.target.writeMemory(CODE, 16, [0xbeab, 0xbf00])
  })
  afterAll(async () => {
    await v?.close()
  })

  async function callAt(op: number, param: number) {
    await writeRegister(v.session, 'pc', CODE)
    await writeRegister(v.session, 'r0', op)
    await writeRegister(v.session, 'r1', param)
    const regs = await readRegisters(v.session)
    expect(await atSemihostingCall(v.session, regs)).toBe(true)
    return serviceSemihosting(v.session, regs)
  }

  it('tells a semihosting BKPT from other code', async () => {
    await writeRegister(v.session, 'pc', CODE + 2)
    expect(await atSemihostingCall(v.session, await readRegisters(v.session))).toBe(false)
  })

  it('SYS_WRITE0 reads the string across 64-byte blocks, returns 0 and steps past the BKPT', async () => {
    const text = 'x'.repeat(100) + ' ALL TESTS PASSED\n'
    await v.session.target.writeMemory(DATA + 60, 8, [...Buffer.from(text), 0])
    expect(await callAt(0x04, DATA + 60)).toEqual({ kind: 'output', text })
    const regs = await readRegisters(v.session)
    expect(regs.pc).toBe(CODE + 2)
    expect(regs.r0).toBe(0)
  })

  it('SYS_WRITEC and SYS_WRITE', async () => {
    await v.session.target.writeMemory(DATA, 8, [...Buffer.from('AB')])
    expect(await callAt(0x03, DATA)).toEqual({ kind: 'output', text: 'A' })
    await v.session.target.writeMemory(DATA + 16, 32, [1, DATA, 2])
    expect(await callAt(0x05, DATA + 16)).toEqual({ kind: 'output', text: 'AB' })
  })

  it('SYS_EXIT_EXTENDED gives the exit code and leaves the core at the call', async () => {
    await v.session.target.writeMemory(DATA, 32, [0x20026, 3])
    expect(await callAt(0x20, DATA)).toEqual({ kind: 'exit', code: 3 })
    expect((await readRegisters(v.session)).pc).toBe(CODE)
  })

  it('SYS_EXIT: application exit is 0, any other reason fails', async () => {
    expect(await callAt(0x18, 0x20026)).toEqual({ kind: 'exit', code: 0 })
    expect(await callAt(0x18, 0x20023)).toEqual({
      kind: 'exit',
      code: 1,
      detail: 'SYS_EXIT reason 0x20023',
    })
  })

  it('returns -1 for a call it does not do', async () => {
    expect(await callAt(0x01 /* SYS_OPEN */, DATA)).toEqual({ kind: 'unsupported', operation: 1 })
    expect((await readRegisters(v.session)).r0).toBe(0xffffffff)
  })

  it('reads the frame a HardFault stacked, from MSP or PSP as EXC_RETURN says', async () => {
    const frame = [0x10, 0x11, 0x12, 0x13, 0x1c, 0x08000123, 0x08000152, 0x01000000]
    await v.session.target.writeMemory(DATA, 32, frame)
    await writeRegister(v.session, 'msp', DATA)
    await writeRegister(v.session, 'lr', 0xfffffff9)
    await writeRegister(v.session, 'xPSR', 0x01000003)
    const fault = await readFault(v.session, await readRegisters(v.session))
    expect(fault.exception).toBe(3)
    expect(fault.pc).toBe(0x08000152)
    expect(fault.stacked).toEqual({
      r0: 0x10,
      r1: 0x11,
      r2: 0x12,
      r3: 0x13,
      r12: 0x1c,
      lr: 0x08000123,
      pc: 0x08000152,
      xpsr: 0x01000000,
    })
    expect(describeFault(fault)).toMatch(
      /^HardFault at PC 0x08000152 \(CFSR 0x[0-9a-f]{8}, HFSR 0x[0-9a-f]{8}/,
    )
  })
})
