import type { MemAp } from './mem-ap.js';
export declare const STICKYORUN: number;
export declare const STICKYCMP: number;
export declare const STICKYERR: number;
export declare const WDATAERR: number;
export declare class DpRegisters {
    /** Indexed by APSEL; missing APSELs read as zero and ignore writes. */
    private readonly aps;
    private ctrlStat;
    select: number;
    /** The data of the last AP read. */
    rdbuff: number;
    constructor(
    /** Indexed by APSEL; missing APSELs read as zero and ignore writes. */
    aps: readonly (MemAp | undefined)[]);
    get ctrlStatValue(): number;
    get stickyError(): boolean;
    get overrunDetect(): boolean;
    /** JTAG-DP: sticky flags are cleared by writing 1 to them. */
    writeCtrlStatJtag(data: number): void;
    /** SW-DP: sticky flags are read-only here; ABORT clears them. */
    writeCtrlStatSwd(data: number): void;
    abort(data: number): void;
    flag(bits: number): void;
    /** Reads an AP register through SELECT; the value also lands in RDBUFF. */
    apRead(address: number): number;
    apWrite(address: number, data: number): void;
    private apRegister;
}
