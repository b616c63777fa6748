import type { AccessSize } from '../bus/bus.js';
import type { MainFlash, MappedDevice, NonVolatileRegion } from './flash-controller.js';
import { Stm32FlashInterface } from './stm32-flash-interface.js';
export interface Stm32g4FlashDescription {
    readonly kind: 'stm32g4-flash';
    readonly registerBase: number;
    /** The option bytes: each option word followed by its complement. */
    readonly optionBytesBase: number;
    readonly otp: {
        readonly base: number;
        readonly size: number;
    };
    /** Bits of a WRPxyR page number the part implements (OpenOCD: 6 on category 2). */
    readonly wrpPageBits: number;
    /** OPTR as shipped: RDP level 0 (0xAA), BOR and boot options. */
    readonly factoryOptr: number;
}
export declare class Stm32g4Flash extends Stm32FlashInterface {
    /** OBL_LAUNCH: the option bytes load "under system reset" — the chip's power-on path. */
    private readonly launchOptionLoad;
    readonly regions: readonly MappedDevice[];
    readonly nonVolatile: readonly NonVolatileRegion[];
    /** What OPTSTRT stored: each option word, then its complement. */
    private readonly options;
    /** The option registers: loaded at reset, rewritten by the debugger before OPTSTRT. */
    private readonly optionRegisters;
    /** The option words in force since the last reset. */
    private readonly loaded;
    private readonly otp;
    private readonly wrpMask;
    private pending;
    constructor(description: Stm32g4FlashDescription, flash: MainFlash, 
    /** OBL_LAUNCH: the option bytes load "under system reset" — the chip's power-on path. */
    launchOptionLoad: () => void);
    /** The option registers go back to the options in force; nothing is loaded. */
    systemReset(): void;
    /** The option-byte load: a word whose complement does not match sets OPTVERR. */
    powerOnReset(): void;
    get readProtected(): boolean;
    protected readOtherRegister(offset: number): number;
    protected writeOtherRegister(offset: number, value: number): void;
    /** The option keys are only taken once CR itself is unlocked. */
    protected get optionKeysAccepted(): boolean;
    protected unlockOptions(): void;
    protected finish(busyMs: number): void;
    program(offset: number, size: AccessSize, value: number): void;
    /**
     * One word write to flash (main or OTP): the first word of a double word
     * waits, the second programs both. Only 32-bit writes, PG set, no earlier
     * programming error pending, and the two words of one aligned double word.
     */
    private programWord;
    private programDoubleWord;
    protected writeCr(value: number): void;
    private start;
    private erase;
    /** OPTSTRT: the option registers go to the option bytes; they apply at the next reset. */
    private storeOptions;
    private storeOption;
    /** A WRPxyR keeps only the page-number bits the part implements. */
    private implemented;
    private get optionsLocked();
    /** In a WRP area in force: START <= page <= END (an area with START > END is unused). */
    private isProtected;
}
