import type { ShiftRegister } from '../jtag/shift-register.js';
import type { TapDevice } from '../jtag/tap.js';
import type { MemAp } from './mem-ap.js';
export declare class JtagDp implements TapDevice {
    private readonly idcode;
    /** Indexed by APSEL; other APSELs read as zero and ignore writes. */
    private readonly aps;
    readonly irLength = 4;
    readonly irCapture = 1;
    readonly resetInstruction = 14;
    private ctrlStat;
    private select;
    /** The data the next scan's capture returns. */
    private readResult;
    private lastApRead;
    constructor(idcode: number, 
    /** Indexed by APSEL; other APSELs read as zero and ignore writes. */
    aps: readonly MemAp[]);
    captureDr(instruction: number, dr: ShiftRegister): void;
    updateDr(instruction: number, dr: ShiftRegister): void;
    private dpAccess;
    private apAccess;
    private ctrlStatValue;
}
