import type { RegisterFile } from '../bus/registers.js';
export declare class FlashPatchBreakpoint implements RegisterFile {
    private readonly codeComparators;
    private enabled;
    private readonly comparators;
    private readonly ctrlId;
    constructor(codeComparators: number, literalComparators: number);
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
    /** True when an enabled code comparator breaks on the instruction at `address`. */
    breaksAt(address: number): boolean;
    private comparatorIndex;
}
