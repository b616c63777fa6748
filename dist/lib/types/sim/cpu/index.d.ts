import type { Core, CoreOptions } from './contract.js';
export type { Core, CoreOptions, CpuBus, StepOutcome } from './contract.js';
export declare function createCore(options: CoreOptions): Core;
