export { startVirtualTarget, type VirtualTarget, type VirtualTargetOptions, } from './virtual-target.js';
export { openocdArgs, type OpenOcdConfigItem } from './openocd-config.js';
export { parseFault, type Fault, type FaultKind } from './faults.js';
export type { VirtualChip } from '../board/spec.js';
