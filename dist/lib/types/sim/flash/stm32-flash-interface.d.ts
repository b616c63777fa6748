import type { AccessSize } from '../bus/bus.js';
import { type RegisterFile } from '../bus/registers.js';
import type { FlashArray } from './flash-array.js';
import type { FlashController, MainFlash, MappedDevice, NonVolatileRegion } from './flash-controller.js';
import { type FlashProgrammer } from './flash-window.js';
export declare const KEY1 = 1164378403;
export declare const KEY2 = 3455027627;
/** The option-byte keys of the F4, G4 and H7 (the F1 takes KEY1 and KEY2 again). */
export declare const OPTKEY1 = 135866939;
export declare const OPTKEY2 = 1281191551;
/** The RDP byte of the F4, G4 and H7 option bytes: 0xAA is level 0, 0xCC level 2, anything else level 1. */
export declare const RDP_LEVEL_0 = 170;
export declare const RDP_LEVEL_2 = 204;
/** Where KEYR, OPTKEYR, SR and CR sit in the register block. */
export interface FlashInterfaceRegisters {
    readonly keyr: number;
    readonly optkeyr: number;
    readonly sr: number;
    readonly cr: number;
}
/** F1 and F4: KEYR, OPTKEYR, SR, CR one after the other from 0x04. */
export declare const F1_F4_REGISTERS: FlashInterfaceRegisters;
export interface FlashInterfaceBits {
    readonly registers: FlashInterfaceRegisters;
    /** The two keys OPTKEYR takes, in order. */
    readonly optionKeys: readonly [number, number];
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
    private readonly optionKeys;
    private readonly busy;
    constructor(bits: FlashInterfaceBits, flash: MainFlash);
    abstract program(offset: number, size: AccessSize, value: number): void;
    /** F1 and F4 load their option bytes at every system reset: power-on is no different. */
    powerOnReset(): void;
    systemReset(): void;
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
    /** The interface's 1 KiB register block at `base`, as the bus sees it. */
    protected registerRegion(base: number): MappedDevice;
    protected get locked(): boolean;
    /** Ends an operation: EOP, and BSY for `busyMs` (the slow-flash fault). */
    protected finish(busyMs: number): void;
    /** Programs main flash cells, unless the program-fail fault hits them: then SR gets `failure`. */
    protected programCells(offset: number, size: AccessSize, value: number, failure: number): void;
    /** Erases sectors; one the erase-fail fault hits keeps its contents and SR gets `failure`. */
    protected eraseSectors(indexes: readonly number[], failure: number): void;
    /** Whether an OPTKEYR write feeds the option key sequence now (each family gates it differently). */
    protected abstract get optionKeysAccepted(): boolean;
    /** The option key sequence is complete: the option bytes may be changed. */
    protected abstract unlockOptions(): void;
    /** A CR write while unlocked that does not lock. */
    protected abstract writeCr(value: number): void;
    protected abstract readOtherRegister(offset: number): number;
    protected abstract writeOtherRegister(offset: number, value: number): void;
}
/** An OTP area at `base`: read like flash, each write handed to `program`; no erase reaches it. */
export declare function otpRegion(base: number, otp: FlashArray, program: FlashProgrammer['program']): MappedDevice;
