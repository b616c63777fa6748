import { type AccessSize } from '../bus/bus.js';
import type { MainFlash, MappedDevice, NonVolatileRegion } from './flash-controller.js';
import { Stm32FlashInterface } from './stm32-flash-interface.js';
export interface Stm32f1FpecDescription {
    readonly kind: 'stm32f1-fpec';
    readonly registerBase: number;
    readonly optionBytesBase: number;
    /** Pages per WRPR bit; bit 31 covers every block from 31 on. */
    readonly pagesPerProtectionBlock: number;
}
export declare class Stm32f1Fpec extends Stm32FlashInterface {
    readonly regions: readonly MappedDevice[];
    readonly nonVolatile: readonly NonVolatileRegion[];
    private readonly options;
    private readonly pagesPerBlock;
    private ar;
    private obr;
    private wrpr;
    constructor(description: Stm32f1FpecDescription, flash: MainFlash);
    systemReset(): void;
    get readProtected(): boolean;
    protected readOtherRegister(offset: number): number;
    protected writeOtherRegister(offset: number, value: number): void;
    protected get optionKeysAccepted(): boolean;
    protected unlockOptions(): void;
    program(offset: number, size: AccessSize, value: number): void;
    protected writeCr(value: number): void;
    private start;
    private erasePage;
    private massErase;
    private eraseOptionBytes;
    private programOptionByte;
    private isProtected;
    private optionBytesWindow;
}
