import type { CoreDescription } from '../core/cortex-m-debug.js';
import type { ChipDescription } from './description.js';
export declare const CORTEX_M4F_R0P1: {
    readonly debugPort: Pick<ChipDescription, 'cpuTapId' | 'swdDpidr' | 'ahbApIdr'>;
    readonly core: Omit<CoreDescription, 'irqCount' | 'resetClockHz'>;
};
