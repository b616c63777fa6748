import type { StepOutcome } from './contract.js';
import type { Cpu } from './core.js';
/** Returns an outcome only for an instruction that does not retire (BKPT). */
export declare function execute16(cpu: Cpu, hw: number): StepOutcome | undefined;
/** NOP, YIELD, WFE, WFI, SEV; other hint numbers execute as NOP. */
export declare function hint(cpu: Cpu, op: number): void;
