// The remote_bitbang byte decoder, driven with the bytes OpenOCD sends.
import { describe, expect, it } from 'vitest'
import { RemoteBitbangDecoder, type JtagPins } from '../../src/sim/remote-bitbang.js'

function recordingPins() {
  const events: string[] = []
  let tdo = 0
  const pins: JtagPins = {
    clock: (tms, tdi) => {
      events.push(`clock ${tms}${tdi}`)
      tdo ^= 1 // a visible change per edge
    },
    tdo: () => tdo,
    resetTaps: () => events.push('trst'),
    systemReset: () => events.push('srst released'),
  }
  return { pins, events }
}

describe('RemoteBitbangDecoder', () => {
  it('clocks on rising TCK edges only and answers each R with TDO', () => {
    const { pins, events } = recordingPins()
    const decoder = new RemoteBitbangDecoder(pins)
    // (TCK low, R, TCK high) twice, with TMS/TDI 01 then 10; the second '7' is not an edge.
    expect(decoder.decode(Buffer.from('1R5 2R67')).toString()).toBe('01')
    expect(events).toEqual(['clock 01', 'clock 10'])
  })

  it('ignores LED, sleep and unknown letters, and stops at Q', () => {
    const { pins, events } = recordingPins()
    const decoder = new RemoteBitbangDecoder(pins)
    expect(decoder.decode(Buffer.from('BbZzO?R')).toString()).toBe('0')
    expect(decoder.quit).toBe(false)
    expect(decoder.decode(Buffer.from('Q04R')).length).toBe(0)
    expect(decoder.quit).toBe(true)
    expect(events).toEqual([])
  })

  it('resets the TAPs on TRST and the system when SRST is released', () => {
    const { pins, events } = recordingPins()
    const decoder = new RemoteBitbangDecoder(pins)
    decoder.decode(Buffer.from('rtsr'))
    expect(events).toEqual(['trst', 'srst released'])
  })
})
