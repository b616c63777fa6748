// STM32F1 option bytes: the FPEC writes the complement itself, and the load
// at reset checks it (SPEC §9.2).
import { describe, expect, it } from 'vitest'
import { Stm32f1OptionBytes } from '../../src/sim/flash/stm32f1-option-bytes.js'

describe('STM32F1 option bytes', () => {
  it('load as the factory values: no read protection, no write protection', () => {
    expect(new Stm32f1OptionBytes().load()).toEqual({ obr: 0x03fffffc, wrpr: 0xffffffff })
  })

  it('take the byte OpenOCD programs and generate its complement', () => {
    const options = new Stm32f1OptionBytes()
    options.erase()
    options.program(0, 0x00a5) // RDP, as OpenOCD writes it: high byte 0
    for (let i = 1; i < 8; i++) options.program(i, i === 4 ? 0xfe : 0xff)
    expect(options.bytes.readUInt16LE(0)).toBe(0x5aa5)
    expect(options.bytes.readUInt16LE(8)).toBe(0x01fe)
    expect(options.load()).toEqual({ obr: 0x03fffffc, wrpr: 0xfffffffe })
  })

  it('read-protect when left erased (OpenOCD always rewrites RDP after erasing)', () => {
    const options = new Stm32f1OptionBytes()
    options.erase()
    expect(options.load().obr & 0b11).toBe(0b11) // OPTERR | RDPRT
  })

  it('flag OPTERR and read 0xFF for a byte whose complement does not match', () => {
    const options = new Stm32f1OptionBytes()
    options.bytes[8] = 0xfe // WRP0 protects block 0, but its complement says 0xFF
    const { obr, wrpr } = options.load()
    expect(obr & 0b11).toBe(0b01) // OPTERR, still not read-protected
    expect(wrpr).toBe(0xffffffff)
  })
})
