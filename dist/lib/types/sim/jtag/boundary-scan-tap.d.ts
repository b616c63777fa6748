import type { ShiftRegister } from './shift-register.js';
import type { TapDevice } from './tap.js';
export declare class BoundaryScanTap implements TapDevice {
    private readonly idcode;
    readonly irLength = 5;
    readonly irCapture = 1;
    readonly resetInstruction = 1;
    constructor(idcode: number);
    captureDr(instruction: number, dr: ShiftRegister): void;
    updateDr(): void;
}
