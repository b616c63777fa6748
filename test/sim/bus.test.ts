// The system bus: first mapping wins, also right after an access to the
// larger region around it (the PPB, the peripheral space).
import { describe, expect, it } from 'vitest'
import { Bus, BusFault, readAsZero } from '../../src/sim/bus/bus.js'
import { Memory } from '../../src/sim/bus/memory.js'

describe('Bus', () => {
  it('routes to a block mapped before the range around it, whatever was accessed last', () => {
    const block = Memory.ram(0x10)
    const bus = new Bus().map(0xe000e000, 0x10, block).map(0xe0000000, 0x100000, readAsZero)
    bus.write(0xe000e004, 4, 0x12345678)
    expect(bus.read(0xe00ff000, 4)).toBe(0) // the surrounding range
    expect(bus.read(0xe000e004, 4)).toBe(0x12345678)
    expect(block.read(4, 2)).toBe(0x5678)
  })

  it('faults on unmapped addresses', () => {
    expect(() => new Bus().read(0x30000000, 4)).toThrow(BusFault)
  })
})
