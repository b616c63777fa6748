// Options of the virtual target that need no OpenOCD: fault specs and the
// start-up checks, each failing with a one-line message.
import { describe, expect, it } from 'vitest'
import { parseFault, startVirtualTarget } from '../../src/sim/index.js'

describe('parseFault', () => {
  it('parses every fault kind', () => {
    expect(parseFault('erase-fail:sector=3')).toEqual({ kind: 'erase-fail', sector: 3 })
    expect(parseFault('program-fail:addr=0x08000400')).toEqual({
      kind: 'program-fail',
      address: 0x08000400,
    })
    expect(parseFault('stuck-bits:addr=0x08000010,mask=0x01')).toEqual({
      kind: 'stuck-bits',
      address: 0x08000010,
      mask: 1,
      level: 0,
    })
    expect(parseFault('stuck-bits:addr=0x08000010,mask=0x80,level=1')).toMatchObject({
      mask: 0x80,
      level: 1,
    })
    expect(parseFault('disconnect:after-bytes=4K')).toEqual({
      kind: 'disconnect',
      afterBytes: 4096,
    })
    expect(parseFault('slow:ms=50')).toEqual({ kind: 'slow', ms: 50, operation: 'any' })
    expect(parseFault('slow:ms=50,op=erase')).toEqual({ kind: 'slow', ms: 50, operation: 'erase' })
    expect(parseFault('wedged')).toEqual({ kind: 'wedged', afterConnections: 0 })
    expect(parseFault('wedged:after-connections=1')).toEqual({
      kind: 'wedged',
      afterConnections: 1,
    })
  })

  it.each([
    ['bogus:x=1', 'unknown kind "bogus"'],
    ['erase-fail', 'erase-fail needs sector=...'],
    ['erase-fail:sector=two', 'sector=two is not a number'],
    ['erase-fail:sector=1,page=2', 'unknown option "page"'],
    ['erase-fail:sector', 'expected KEY=VALUE'],
    ['erase-fail:sector=1,sector=2', 'sector given twice'],
    ['stuck-bits:addr=0x08000000,mask=0x100', 'mask must be between 1 and 255'],
    ['slow:ms=0', 'ms must be between 1 and 60000'],
    ['slow:ms=10,op=read', 'op must be erase, program or any'],
    ['wedged:after=1', 'unknown option "after" (wedged takes after-connections)'],
  ])('rejects %s', (spec, message) => {
    expect(() => parseFault(spec)).toThrow(message)
  })
})

describe('startVirtualTarget', () => {
  it.each([
    [
      { chip: 'stm32f999' },
      'unknown chip "stm32f999" (expected stm32f103 or stm32f407 or stm32g431 or stm32h7a3)',
    ],
    [
      { chip: 'stm32f103', flashSize: 256 * 1024 },
      'stm32f103 has 64 KiB or 128 KiB of flash, not 256 KiB',
    ],
    [{ chip: 'stm32f407', flashSize: 512 * 1024 }, 'stm32f407 has 1024 KiB of flash, not 512 KiB'],
    [
      { chip: 'stm32f103', faults: ['erase-fail:sector=64'] },
      'does not fit the STM32F103C8: it has sectors 0-63',
    ],
    [
      { chip: 'stm32f407', faults: ['program-fail:addr=0x20000000'] },
      'its flash is 0x8000000-0x80fffff',
    ],
    [
      { chip: 'stm32f103', socket: '/tmp/x.sock', port: 0 },
      'give a unix socket or a TCP port, not both',
    ],
    [{ chip: 'stm32f103', state: '/proc' }, 'cannot read state file /proc'],
  ])('rejects %j', async (options, message) => {
    await expect(
      startVirtualTarget(options as Parameters<typeof startVirtualTarget>[0]),
    ).rejects.toThrow(message)
  })
})
