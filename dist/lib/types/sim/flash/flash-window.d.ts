import type { AccessSize, BusDevice } from '../bus/bus.js';
import type { FlashArray } from './flash-array.js';
export interface FlashProgrammer {
    program(offset: number, size: AccessSize, value: number): void;
}
/** Alters what a read returns, e.g. bits stuck at 0 or 1. */
export type ReadFilter = (offset: number, size: AccessSize, value: number) => number;
export declare class FlashWindow implements BusDevice {
    private readonly array;
    private readonly programmer;
    private readonly filter?;
    constructor(array: FlashArray, programmer: FlashProgrammer, filter?: ReadFilter | undefined);
    read(offset: number, size: AccessSize): number;
    write(offset: number, size: AccessSize, value: number): void;
}
