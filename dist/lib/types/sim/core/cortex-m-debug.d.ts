import type { RegisterFile } from '../bus/registers.js';
import { CoreRegisters } from './core-registers.js';
export interface CoreDescription {
    readonly cpuid: number;
    /** MVFR0/MVFR1 of a core with an FPU; OpenOCD enables FPU registers only for exact values. */
    readonly mvfr?: readonly [number, number];
    readonly fpb: {
        readonly codeComparators: number;
        readonly literalComparators: number;
    };
    readonly dwtComparators: number;
}
export declare class CortexMDebug implements RegisterFile {
    private readonly description;
    /** AIRCR.SYSRESETREQ: the chip resets its peripherals and calls reset(). */
    private readonly requestSystemReset;
    /** Reads a vector-table word at reset. */
    private readonly readVector;
    readonly registers: CoreRegisters;
    private halted;
    private control;
    private resetSeen;
    private dfsr;
    private demcr;
    private dcrdr;
    private prigroup;
    constructor(description: CoreDescription, 
    /** AIRCR.SYSRESETREQ: the chip resets its peripherals and calls reset(). */
    requestSystemReset: () => void, 
    /** Reads a vector-table word at reset. */
    readVector: (address: number) => number);
    /**
     * The core's part of a reset. Debug state (DHCSR control, DEMCR, DFSR)
     * survives; with vector catch the core halts before the first instruction.
     */
    reset(): void;
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
    private readDhcsr;
    private writeDhcsr;
    private writeAircr;
    private transferRegister;
    private halt;
}
