import type { ShiftRegister } from '../jtag/shift-register.js';
import type { TapDevice } from '../jtag/tap.js';
import type { DpRegisters } from './dp-registers.js';
export declare class JtagDp implements TapDevice {
    private readonly idcode;
    private readonly dp;
    readonly irLength = 4;
    readonly irCapture = 1;
    readonly resetInstruction = 14;
    /** The data the next scan's capture returns. */
    private readResult;
    constructor(idcode: number, dp: DpRegisters);
    captureDr(instruction: number, dr: ShiftRegister): void;
    updateDr(instruction: number, dr: ShiftRegister): void;
    private dpAccess;
}
