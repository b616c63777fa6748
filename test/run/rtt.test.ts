// RTT end to end through the real OpenOCD's rtt commands and rtt server, on a
// virtual board whose core idles in `b .`: the test plays the firmware,
// writing the control block and its output into SRAM through the same
// session (its commands queue between the run's), the way a running core would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Session } from '../../src/openocd/session.js'
import { runFirmware } from '../../src/run/run-firmware.js'
import { openVirtual, type VirtualSession } from '../support/virtual.js'

const CB = 0x20000100
const UP = 0x20000200
const DOWN = 0x20000300
const SIZE = 256
const IDLE = 0x20000400

/** The "firmware": a SEGGER RTT control block with one up and one down buffer. */
async function writeControlBlock(s: Session): Promise<void> {
  const desc = (buffer: number) => [0, buffer, SIZE, 0, 0, 0]
  await s.target.writeMemory(CB + 16, 32, [1, 1, ...desc(UP), ...desc(DOWN)])
  // The id goes last, as the firmware writes it, so a half-written block is never found.
  await s.target.writeMemory(CB, 8, [...Buffer.from('SEGGER RTT\0\0\0\0\0\0')])
}

async function print(s: Session, text: string): Promise<void> {
  const [wr] = (await s.target.readMemory(CB + 36, 32, 1)).map(Number)
  const bytes = [...Buffer.from(text)]
  await s.target.writeMemory(UP + wr, 8, bytes)
  await s.target.writeMemory(CB + 36, 32, [wr + bytes.length])
}

describe('RTT on a virtual STM32F103', () => {
  let v: VirtualSession
  let firmware: Session
  beforeAll(async () => {
    v = await openVirtual('stm32f103')
    firmware = v.session
    // Stale memory from an earlier run must not look like a control block.
    await firmware.target.writeMemory(0x20000000, 32, new Array(256).fill(0))
    // The flash may be blank (that locks the core up): idle in `b .` from SRAM instead.
    await firmware.target.writeMemory(IDLE, 16, [0xe7fe])
    await firmware.command(`reg pc ${IDLE}`)
  })
  afterAll(async () => {
    await v?.close()
  })

  it('finds the control block, reads the console, sends a line down and passes on the pattern', async () => {
    await writeControlBlock(firmware)
    await print(firmware, 'booting\nwaiting for a command\n')
    const run = runFirmware(v.session, {
      reset: false,
      capture: ['rtt'],
      pass: 'ALL TESTS PASSED',
      timeoutMs: 120_000,
      rtt: { address: 0x20000000, size: 0x800 },
      send: ['go'],
    })
    // The firmware waits for the host's command on down-channel 0 before it goes on.
    for (;;) {
      const [wr] = (await firmware.target.readMemory(CB + 24 + 24 + 12, 32, 1)).map(Number)
      if (wr >= 3) break
      await new Promise((r) => setTimeout(r, 50))
    }
    const down = Buffer.from((await firmware.target.readMemory(DOWN, 8, 3)).map(Number))
    expect(down.toString()).toBe('go\n')
    await print(firmware, 'got go\nALL TESTS PASSED\n')
    const result = await run
    expect(result.verdict).toMatchObject({ passed: true, reason: 'pass-pattern' })
    expect(result.rttControlBlock).toBe(CB)
    expect(result.console.map((l) => l.text)).toEqual([
      'booting',
      'waiting for a command',
      'got go',
      'ALL TESTS PASSED',
    ])
    expect(result.console.every((l) => l.source === 'rtt')).toBe(true)
  })

  it('fails at the time limit with no verdict, halts the target and records its registers', async () => {
    const result = await runFirmware(v.session, {
      reset: false,
      capture: ['rtt'],
      pass: 'NEVER PRINTED',
      timeoutMs: 1500,
      rtt: { address: 0x20000000, size: 0x800 },
    })
    expect(result.verdict.passed).toBe(false)
    expect(result.verdict.reason).toBe('timeout')
    expect(result.verdict.message).toMatch(
      /^no verdict within 1\.50? s: halted at PC 0x[0-9a-f]{8}$/,
    )
    expect(await v.session.target.state()).toBe('halted')
    expect(result.registers?.pc).toEqual(expect.any(Number))
    expect(Object.keys(result.registers!)).toContain('xPSR')
  })
})
