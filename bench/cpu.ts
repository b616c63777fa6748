// The ARMv7-M core alone: a loop of loads, stores, ALU operations and a
// branch, as a flash loader runs, stepped the way the debug model steps it.
import { Bus } from '../src/sim/bus/bus.js'
import { Memory } from '../src/sim/bus/memory.js'
import { createCore } from '../src/sim/cpu/index.js'

const ITERATIONS = 1_000_000
const FLASH = 0x08000000
const SRAM = 0x20000000
// loop: ldr r2, [r1]; adds r2, #1; str r2, [r1]; subs r0, #1; bne loop; bkpt
const LOOP = [0x680a, 0x3201, 0x600a, 0x3801, 0xd1fa, 0xbe00]

export function benchmarkCore(): void {
  const image = Buffer.alloc(0x1000)
  image.writeUInt32LE(SRAM + 0x1000, 0)
  image.writeUInt32LE((FLASH + 0x100) | 1, 4)
  LOOP.forEach((hw, i) => image.writeUInt16LE(hw, 0x100 + 2 * i))
  const flash = Memory.rom(image)
  const bus = new Bus()
    .map(0, image.length, flash)
    .map(FLASH, image.length, flash)
    .map(SRAM, 0x1000, Memory.ram(0x1000))
  const core = createCore({ bus, fpu: false, irqCount: 32, onSystemResetRequest: () => {} })
  core.reset()
  core.writeRegister(0, ITERATIONS)
  core.writeRegister(1, SRAM)
  const cpuStart = process.cpuUsage()
  const wallStart = performance.now()
  let instructions = 0
  while (core.step().kind === 'executed') instructions++
  const wall = (performance.now() - wallStart) / 1000
  const cpu = process.cpuUsage(cpuStart)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  console.log(
    `ARMv7-M core: ${instructions} instructions, ${(instructions / cpuSeconds / 1e6).toFixed(1)} M/s of CPU time ` +
      `(${(instructions / wall / 1e6).toFixed(1)} M/s wall)`,
  )
}
