// The Cortex-M4 r0p1 with the FPv4-SP FPU as ARM delivers it, debug port
// included: the STM32F407 and the STM32G431 both have it, with the same IDs.
// What ST adds (interrupt lines, clock, boundary scan, DBGMCU) stays with each part.
import type { CoreDescription } from '../core/cortex-m-debug.js'
import type { ChipDescription } from './description.js'

export const CORTEX_M4F_R0P1: {
  readonly debugPort: Pick<ChipDescription, 'cpuTapId' | 'swdDpidr' | 'ahbApIdr'>
  readonly core: Omit<CoreDescription, 'irqCount' | 'resetClockHz'>
} = {
  debugPort: { cpuTapId: 0x4ba00477, swdDpidr: 0x2ba01477, ahbApIdr: 0x24770011 },
  core: {
    cpuid: 0x410fc241,
    mvfr: [0x10110021, 0x11000011], // FPv4-SP
    fpb: { codeComparators: 6, literalComparators: 2 },
    dwtComparators: 4,
  },
}
