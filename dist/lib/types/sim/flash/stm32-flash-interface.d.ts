import type { AccessSize } from '../bus/bus.js';
import type { RegisterFile } from '../bus/registers.js';
import type { FlashController, MainFlash, MappedDevice, NonVolatileRegion } from './flash-controller.js';
export declare const KEY1 = 1164378403;
export declare const KEY2 = 3455027627;
export declare const OPTKEYR = 8;
/** Where KEYR, SR and CR sit in the register block. */
export interface FlashInterfaceRegisters {
    readonly keyr: number;
    readonly sr: number;
    readonly cr: number;
}
/** F1 and F4: KEYR, OPTKEYR, SR, CR one after the other from 0x04. */
export declare const F1_F4_REGISTERS: FlashInterfaceRegisters;
export interface FlashInterfaceBits {
    readonly registers: FlashInterfaceRegisters;
    readonly crLock: number;
    /** What CR holds while locked (after reset, or after a write that sets LOCK). */
    readonly crLocked: number;
    readonly srBusy: number;
    readonly srEndOfOperation: number;
    readonly srWriteOneToClear: number;
    readonly acrWritable: number;
    readonly acrReset: number;
}
export declare abstract class Stm32FlashInterface implements FlashController, RegisterFile {
    private readonly bits;
    protected readonly flash: MainFlash;
    abstract readonly regions: readonly MappedDevice[];
    abstract readonly nonVolatile: readonly NonVolatileRegion[];
    abstract readonly readProtected: boolean;
    protected cr: number;
    protected sr: number;
    private acr;
    private readonly keys;
    private readonly busy;
    constructor(bits: FlashInterfaceBits, flash: MainFlash);
    abstract program(offset: number, size: AccessSize, value: number): void;
    /** F1 and F4 load their option bytes at every system reset: power-on is no different. */
    powerOnReset(): void;
    systemReset(): void;
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
    protected get locked(): boolean;
    /** Ends an operation: EOP, and BSY for `busyMs` (the slow-flash fault). */
    protected finish(busyMs: number): void;
    /** Programs main flash cells, unless the program-fail fault hits them: then SR gets `failure`. */
    protected programCells(offset: number, size: AccessSize, value: number, failure: number): void;
    /** Erases sectors; one the erase-fail fault hits keeps its contents and SR gets `failure`. */
    protected eraseSectors(indexes: readonly number[], failure: number): void;
    /** A CR write while unlocked that does not lock. */
    protected abstract writeCr(value: number): void;
    protected abstract readOtherRegister(offset: number): number;
    protected abstract writeOtherRegister(offset: number, value: number): void;
}
