import type { Cpu } from './core.js';
/** Registers in `list`, lowest at the lowest address, from Rn up (IA) or below it (DB). */
export declare function transferMultiple(cpu: Cpu, load: boolean, rn: number, list: number, writeback: boolean, decrementBefore: boolean): void;
