import type { RegisterFile } from '../bus/registers.js';
export declare class Dbgmcu implements RegisterFile {
    private readonly idcode;
    /** F1/F4: CR, APB1_FZ, APB2_FZ; H7: CR and the freeze registers up to 0x54. */
    private readonly control;
    constructor(idcode: number, size?: number);
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
}
