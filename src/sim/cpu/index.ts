// The ARMv7-M core: Thumb-2 integer instructions, the exception model, NVIC, SCB and SysTick.
import type { Core, CoreOptions } from './contract.js'
import { Cpu } from './core.js'

export type { Core, CoreOptions, CpuBus, StepOutcome } from './contract.js'

export function createCore(options: CoreOptions): Core {
  return new Cpu(options)
}
