// The remote_bitbang byte decoder, driven with the bytes OpenOCD sends.
import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { startVirtualTarget } from '../../src/sim/index.js'
import { RemoteBitbangDecoder, type JtagPins, type SwdPins } from '../../src/sim/remote-bitbang.js'

function recordingPins() {
  const events: string[] = []
  let tdo = 0
  let swdio = 1
  const pins: JtagPins & SwdPins = {
    clock: (tms, tdi) => {
      events.push(`clock ${tms}${tdi}`)
      tdo ^= 1 // a visible change per edge
    },
    tdo: () => tdo,
    resetTaps: () => events.push('trst'),
    systemReset: () => events.push('srst released'),
    swdClock: (level, drives) => {
      events.push(`swclk ${level}${drives ? ' driven' : ''}`)
      swdio ^= 1
    },
    swdio: () => swdio,
  }
  return { pins, events }
}

describe('RemoteBitbangDecoder', () => {
  it('clocks on rising TCK edges only and answers each R with TDO', () => {
    const { pins, events } = recordingPins()
    const decoder = new RemoteBitbangDecoder(pins)
    // (TCK low, R, TCK high) twice, with TMS/TDI 01 then 10; the second '7' is not an edge.
    expect(decoder.decode(Buffer.from('1R52R67')).toString()).toBe('01')
    expect(events).toEqual(['clock 01', 'clock 10'])
  })

  it('ignores LED and sleep letters, and stops at Q', () => {
    const { pins, events } = recordingPins()
    const decoder = new RemoteBitbangDecoder(pins)
    expect(decoder.decode(Buffer.from('BbZzR')).toString()).toBe('0')
    expect(decoder.quit).toBe(false)
    expect(decoder.decode(Buffer.from('Q04R')).length).toBe(0)
    expect(decoder.quit).toBe(true)
    expect(decoder.error).toBeUndefined()
    expect(events).toEqual([])
  })

  it('stops at a byte it does not know, naming it, instead of leaving OpenOCD waiting', () => {
    const { pins, events } = recordingPins()
    const decoder = new RemoteBitbangDecoder(pins)
    expect(decoder.decode(Buffer.from('R?R')).toString()).toBe('0')
    expect(decoder.quit).toBe(true)
    expect(decoder.error).toMatch(/unknown command byte '\?' \(0x3f\)/)
    expect(events).toEqual([])
  })

  it('clocks SWD on rising SWCLK edges, with the target driving SWDIO after o', () => {
    const { pins, events } = recordingPins()
    const decoder = new RemoteBitbangDecoder(pins)
    // Host drives 1 then 0; released, 'c' samples the target and the edge carries its level.
    expect(decoder.decode(Buffer.from('eg' + 'df' + 'o' + 'c' + 'df' + 'c' + 'O')).toString()).toBe(
      '10',
    )
    expect(events).toEqual(['swclk 1 driven', 'swclk 0 driven', 'swclk 1'])
  })

  it('resets the TAPs on TRST and the system when SRST is released', () => {
    const { pins, events } = recordingPins()
    const decoder = new RemoteBitbangDecoder(pins)
    decoder.decode(Buffer.from('rtsr'))
    expect(events).toEqual(['trst', 'srst released'])
  })
})

describe('the virtual target on its socket', () => {
  it('answers up to a byte it does not know, then closes the connection and says why', async () => {
    const messages: string[] = []
    const target = await startVirtualTarget({
      chip: 'stm32f103',
      onProtocolError: (m) => messages.push(m),
    })
    try {
      const { socket } = target.endpoint as { socket: string }
      const client = connect(socket)
      const received: Buffer[] = []
      client.on('data', (d: Buffer) => received.push(d))
      const closed = new Promise<void>((resolve) => client.on('close', () => resolve()))
      client.write('R\x01R')
      await closed
      // The first sample is answered, the one after the unknown byte is not.
      expect(Buffer.concat(received).toString()).toMatch(/^[01]$/u)
      expect(messages).toEqual([expect.stringMatching(/unknown command byte 0x01.*closing/u)])
    } finally {
      await target.close()
    }
  })
})
