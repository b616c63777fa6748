import type { RegisterFile } from '../bus/registers.js';
export declare class DataWatchpoint implements RegisterFile {
    private readonly numberOfComparators;
    private ctrl;
    private cyccnt;
    private readonly comparators;
    constructor(numberOfComparators: number);
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
    /** `cycles` core clock cycles passed; `traceEnabled` is DEMCR.TRCENA. */
    countCycles(cycles: number, traceEnabled: boolean): void;
    private comparatorWord;
}
