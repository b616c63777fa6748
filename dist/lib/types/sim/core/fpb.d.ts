import type { RegisterFile } from '../bus/registers.js';
export declare class FlashPatchBreakpoint implements RegisterFile {
    private enabled;
    private readonly comparators;
    private readonly ctrlId;
    constructor(codeComparators: number, literalComparators: number);
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
    private comparatorIndex;
}
