import type { AccessSize } from '../bus/bus.js';
import { type RegisterFile } from '../bus/registers.js';
import type { FlashController, MainFlash, MappedDevice, NonVolatileRegion } from './flash-controller.js';
export interface Stm32h7FlashDescription {
    readonly kind: 'stm32h7-flash';
    readonly registerBase: number;
    /** Bytes of one flash word: what one program operation writes. */
    readonly flashWordBytes: number;
    readonly sectorsPerBank: number;
    /** Sectors one WPSN bit protects. */
    readonly sectorsPerProtectionGroup: number;
    /** FLASH_OPTSR as shipped (RDP level 0). */
    readonly factoryOptions: number;
}
export declare class Stm32h7Flash implements FlashController, RegisterFile {
    private readonly description;
    private readonly flash;
    readonly regions: readonly MappedDevice[];
    readonly nonVolatile: readonly NonVolatileRegion[];
    /** OPTSR, WPSN bank 1, WPSN bank 2: the option bytes as programmed. */
    private readonly options;
    private readonly banks;
    private readonly optionKeys;
    private readonly optionBusy;
    /** Flash words programmed while not erased: their ECC no longer matches. */
    private readonly corrupted;
    private acr;
    private optcr;
    private optsrPrg;
    private readonly wpsnPrg;
    /** OPTSR_CUR.OPTCHANGEERR: the last OPTSTART could not change the option bytes. */
    private optionChangeError;
    constructor(description: Stm32h7FlashDescription, flash: MainFlash);
    /** RDP as in force: since the last OPTSTART, which loads the option bytes it programs. */
    get readProtected(): boolean;
    /** Option bytes load at every reset on the H7 too. */
    powerOnReset(): void;
    systemReset(): void;
    /** A main-flash read: a word with broken ECC flags DBECCERR in its bank. */
    observeRead(offset: number): void;
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
    /** A bus write into main flash: it fills the bank's write buffer. */
    program(offset: number, size: AccessSize, value: number): void;
    private writeCr;
    /** Programs the buffered flash word (unwritten bytes stay erased), then QW for a while. */
    private programBuffer;
    private start;
    private erase;
    private finish;
    private writeOptcr;
    private wpsn;
    private isProtected;
    private get bankSize();
    private bankOf;
    private sectorOf;
}
