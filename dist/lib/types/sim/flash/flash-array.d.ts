import type { AccessSize } from '../bus/bus.js';
export declare class FlashArray {
    readonly bytes: Buffer;
    constructor(size: number);
    read(offset: number, size: AccessSize): number;
    isErased(offset: number, size: AccessSize): boolean;
    /** Programs `value`; a 1 over a programmed 0 stays 0, as in the cells. */
    program(offset: number, size: AccessSize, value: number): void;
    erase(offset: number, length: number): void;
}
