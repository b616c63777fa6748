import { type AccessSize, type BusDevice } from './bus.js';
export interface RegisterFile {
    /** `offset` is word-aligned, relative to the block. */
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
}
export declare class RegisterBlock implements BusDevice {
    private readonly file;
    constructor(file: RegisterFile);
    read(offset: number, size: AccessSize): number;
    write(offset: number, size: AccessSize, value: number): void;
}
/**
 * Peripheral space nobody models (RCC, GPIO, ...): remembers what is written,
 * reads zero elsewhere. Enough for the configs' clock set-up writes.
 */
export declare class PlainRegisters implements BusDevice {
    private readonly words;
    read(offset: number, size: AccessSize): number;
    write(offset: number, size: AccessSize, value: number): void;
}
