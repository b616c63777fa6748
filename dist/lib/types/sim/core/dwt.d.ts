import type { RegisterFile } from '../bus/registers.js';
export declare class DataWatchpoint implements RegisterFile {
    private readonly numberOfComparators;
    private ctrl;
    private readonly comparators;
    constructor(numberOfComparators: number);
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
    private comparatorWord;
}
