import type { Session } from './session.js';
export declare const CORE_REGISTERS: readonly ["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "sp", "lr", "pc", "xPSR", "msp", "psp"];
export type CoreRegister = (typeof CORE_REGISTERS)[number];
export type Registers = Record<CoreRegister, number>;
export declare function regScript(name: CoreRegister, value?: string): string;
/** Reads the core registers of the halted target (one command). */
export declare function readRegisters(session: Session): Promise<Registers>;
export declare function writeRegister(session: Session, name: CoreRegister, value: number): Promise<void>;
export declare function readWords(session: Session, address: number, count: number): Promise<number[]>;
/** IPSR: the exception being handled, 0 in thread mode. */
export declare const exceptionNumber: (regs: Registers) => number;
export interface CoreFault {
    /** The exception the core was in (3 for HardFault). */
    exception: number;
    /** Where the fault happened: the PC the hardware stacked. */
    pc: number;
    cfsr: number;
    hfsr: number;
    mmfar?: number;
    bfar?: number;
    /** Decoded CFSR and HFSR bits, e.g. UNDEFINSTR, FORCED. */
    causes: string[];
    stacked: {
        r0: number;
        r1: number;
        r2: number;
        r3: number;
        r12: number;
        lr: number;
        pc: number;
        xpsr: number;
    };
}
/** Reads the fault registers and the exception frame of a core halted in a fault handler. */
export declare function readFault(session: Session, regs: Registers): Promise<CoreFault>;
export declare function describeFault(f: CoreFault): string;
