import type { RegisterFile } from '../bus/registers.js';
export declare class Dbgmcu implements RegisterFile {
    private readonly idcode;
    private readonly control;
    constructor(idcode: number);
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
}
