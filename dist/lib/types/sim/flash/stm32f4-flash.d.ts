import type { AccessSize } from '../bus/bus.js';
import type { MainFlash, MappedDevice, NonVolatileRegion } from './flash-controller.js';
import { Stm32FlashInterface } from './stm32-flash-interface.js';
export interface Stm32f4FlashDescription {
    readonly kind: 'stm32f4-flash';
    readonly registerBase: number;
    /** OTP data followed by one lock byte per block. */
    readonly otp: {
        readonly base: number;
        readonly blocks: number;
        readonly blockSize: number;
    };
    /** FLASH_OPTCR option bits as shipped (RDP level 0, nothing protected). */
    readonly factoryOptions: number;
}
export declare class Stm32f4Flash extends Stm32FlashInterface {
    readonly regions: readonly MappedDevice[];
    readonly nonVolatile: readonly NonVolatileRegion[];
    private readonly options;
    private readonly otp;
    private readonly otpLockOffset;
    private readonly otpBlockSize;
    private optcr;
    /** The option bytes as loaded at the last reset. */
    private loadedOptions;
    constructor(description: Stm32f4FlashDescription, flash: MainFlash);
    systemReset(): void;
    get readProtected(): boolean;
    protected readOtherRegister(offset: number): number;
    protected writeOtherRegister(offset: number, value: number): void;
    protected get optionKeysAccepted(): boolean;
    protected unlockOptions(): void;
    program(offset: number, size: AccessSize, value: number): void;
    private programOtp;
    /** PG must be set and the access must match PSIZE; otherwise the error bit is set. */
    private checkProgramSequence;
    protected writeCr(value: number): void;
    private start;
    private erase;
    private writeOptcr;
    private isProtected;
}
