// The SW-DP behind the remote_bitbang SWD letters, driven the way OpenOCD's
// bitbang SWD driver drives it (src/jtag/drivers/bitbang.c after 0f70c6c32):
// request, 'o', trn+ACK(+data+parity+trn) sampled with 'c', 'O'.
import { describe, expect, it } from 'vitest'
import { buildChip } from '../../src/sim/chip.js'
import { ChipPins } from '../../src/sim/chip-pins.js'
import { createCore } from '../../src/sim/cpu/index.js'
import { describeChip } from '../../src/sim/chips/index.js'
import { RemoteBitbangDecoder } from '../../src/sim/remote-bitbang.js'

const OK = 0b001
const FAULT = 0b100
const DP = { abort: 0x0, dpidr: 0x0, ctrlStat: 0x4, select: 0x8, rdbuff: 0xc }
const AP = { csw: 0x0, tar: 0x4, drw: 0xc, idr: 0xc }
const SRAM = 0x20000000

const parity = (v: number) => [...(v >>> 0).toString(2)].filter((b) => b === '1').length & 1
const bits = (value: number, count: number) =>
  Array.from({ length: count }, (_, i) => (value / 2 ** i) & 1)

function swdHost(chip = buildChip(describeChip('stm32f103'), [], createCore)) {
  const pins = new ChipPins(chip)
  pins.connect()
  const decoder = new RemoteBitbangDecoder(pins)
  const send = (letters: string) => decoder.decode(Buffer.from(letters)).toString()
  const out = (levels: number[]) =>
    levels.map((b) => String.fromCharCode(0x64 + b) + String.fromCharCode(0x66 + b)).join('')
  const sample = (count: number) => 'dcf'.repeat(count)
  const request = (ap: boolean, read: boolean, address: number) => {
    const a2 = (address >> 2) & 1
    const a3 = (address >> 3) & 1
    const p = (+ap + +read + a2 + a3) & 1
    return out([1, +ap, +read, a2, a3, p, 0, 1])
  }
  const word = (answer: string, from: number) =>
    [...answer.slice(from, from + 32)].reduce((v, b, i) => v + Number(b) * 2 ** i, 0)
  return {
    chip,
    decoder,
    lineReset: () => send(out(Array(56).fill(1)) + out(Array(8).fill(0))),
    jtagToSwd: () =>
      send(
        out([...Array(56).fill(1), ...bits(0xe79e, 16), ...Array(56).fill(1), ...Array(8).fill(0)]),
      ),
    read(ap: boolean, address: number) {
      const answer = send(
        request(ap, true, address) + 'o' + sample(38) + 'O' + out(Array(8).fill(0)),
      )
      const ack = word(answer.slice(1, 4), 0)
      const data = word(answer, 4)
      return { ack, data, parityOk: Number(answer[36]) === parity(data) }
    },
    write(ap: boolean, address: number, value: number, parityBit = parity(value)) {
      const answer = send(
        request(ap, false, address) +
          'o' +
          sample(4) +
          out([value & 1]) +
          'O' +
          out([...bits(value, 32), parityBit]) +
          out(Array(8).fill(0)),
      )
      return word(answer.slice(1, 4), 0)
    },
  }
}

describe('SW-DP', () => {
  it('ignores SWD until the JTAG-to-SWD sequence, then answers DPIDR', () => {
    const host = swdHost()
    host.lineReset()
    expect(host.read(false, DP.dpidr).ack).toBe(0b111) // still JTAG: nobody drives SWDIO
    host.jtagToSwd()
    expect(host.chip.swj.mode).toBe('swd')
    expect(host.read(false, DP.dpidr)).toEqual({ ack: OK, data: 0x1ba01477, parityOk: true })
  })

  it('answers nothing but a DPIDR read after a line reset', () => {
    const host = swdHost()
    host.jtagToSwd()
    expect(host.read(false, DP.ctrlStat).ack).toBe(0b111)
    host.lineReset()
    expect(host.read(false, DP.dpidr).ack).toBe(OK)
    expect(host.read(false, DP.ctrlStat).ack).toBe(OK)
  })

  it('reaches the same AHB-AP and bus as JTAG: posted AP reads, RDBUFF, auto-increment', () => {
    const host = swdHost()
    host.jtagToSwd()
    host.read(false, DP.dpidr)
    expect(host.write(false, DP.ctrlStat, 0x50000000)).toBe(OK)
    expect(host.read(false, DP.ctrlStat).data >>> 0).toBe(0xf0000000) // power-up requests acknowledged
    expect(host.write(false, DP.select, 0x000000f0)).toBe(OK)
    host.read(true, AP.idr) // posted: the data comes with the next read
    expect(host.read(false, DP.rdbuff).data >>> 0).toBe(describeChip('stm32f103').ahbApIdr >>> 0)
    expect(host.write(false, DP.select, 0)).toBe(OK)
    expect(host.write(true, AP.csw, 0x23000012)).toBe(OK) // 32-bit, auto-increment
    expect(host.write(true, AP.tar, SRAM)).toBe(OK)
    expect(host.write(true, AP.drw, 0x11223344)).toBe(OK)
    expect(host.write(true, AP.drw, 0x55667788)).toBe(OK)
    expect(host.write(true, AP.tar, SRAM)).toBe(OK)
    host.read(true, AP.drw)
    expect(host.read(true, AP.drw).data >>> 0).toBe(0x11223344)
    expect(host.read(false, DP.rdbuff).data >>> 0).toBe(0x55667788)
  })

  it('answers FAULT after a bus error until ABORT clears the sticky flag', () => {
    const host = swdHost()
    host.jtagToSwd()
    host.read(false, DP.dpidr)
    host.write(false, DP.ctrlStat, 0x50000001) // with overrun detection, as OpenOCD sets it
    host.write(true, AP.csw, 0x23000002)
    host.write(true, AP.tar, SRAM + 2) // unaligned 32-bit access: a bus fault
    host.read(true, AP.drw)
    expect(host.read(false, DP.ctrlStat).data & 0x20).toBe(0x20) // STICKYERR
    expect(host.read(true, AP.drw).ack).toBe(FAULT)
    expect(host.write(true, AP.tar, SRAM)).toBe(FAULT)
    expect(host.write(false, DP.abort, 0x1e)).toBe(OK)
    expect(host.write(true, AP.tar, SRAM)).toBe(OK)
  })

  it('discards a write with bad parity and flags WDATAERR', () => {
    const host = swdHost()
    host.jtagToSwd()
    host.read(false, DP.dpidr)
    expect(host.write(false, DP.select, 0x01000000, 0)).toBe(OK) // parity of that value is 1
    expect(host.read(false, DP.ctrlStat).data & 0x80).toBe(0x80)
    host.write(false, DP.abort, 0x08)
    expect(host.read(false, DP.ctrlStat).data & 0x80).toBe(0)
  })

  it('goes back to JTAG on the SWD-to-JTAG sequence', () => {
    const host = swdHost()
    host.jtagToSwd()
    host.decoder.decode(
      Buffer.from(
        [...Array(56).fill(1), ...bits(0xe73c, 16), ...Array(6).fill(1)]
          .map((b) => String.fromCharCode(0x64 + b) + String.fromCharCode(0x66 + b))
          .join(''),
      ),
    )
    expect(host.chip.swj.mode).toBe('jtag')
  })
})
