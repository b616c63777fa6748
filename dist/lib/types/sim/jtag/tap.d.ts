import { ShiftRegister } from './shift-register.js';
export interface TapDevice {
    readonly irLength: number;
    /** Loaded into the IR shift register at Capture-IR (OpenOCD checks it). */
    readonly irCapture: number;
    /** The instruction Test-Logic-Reset selects (IDCODE). */
    readonly resetInstruction: number;
    /** Loads the data register `instruction` selects, at Capture-DR. */
    captureDr(instruction: number, dr: ShiftRegister): void;
    /** Acts on the shifted-in data, at Update-DR. */
    updateDr(instruction: number, dr: ShiftRegister): void;
}
export declare class Tap {
    private readonly device;
    private readonly ir;
    private readonly dr;
    private instruction;
    /** The register that shifts in Shift-IR/Shift-DR: the one captured last. */
    path: ShiftRegister;
    constructor(device: TapDevice);
    reset(): void;
    captureIr(): void;
    updateIr(): void;
    captureDr(): void;
    updateDr(): void;
}
