import { type BusDevice } from '../bus/bus.js';
import type { RegisterFile } from '../bus/registers.js';
export declare const Exception: {
    readonly Reset: 1;
    readonly NMI: 2;
    readonly HardFault: 3;
    readonly MemManage: 4;
    readonly BusFault: 5;
    readonly UsageFault: 6;
    readonly SVCall: 11;
    readonly DebugMonitor: 12;
    readonly PendSV: 14;
    readonly SysTick: 15;
    readonly FirstIrq: 16;
};
export declare const CFSR_IACCVIOL: number;
export declare const CFSR_MSTKERR: number;
export declare const CFSR_IBUSERR: number;
export declare const CFSR_PRECISERR: number;
export declare const CFSR_UNSTKERR: number;
export declare const CFSR_STKERR: number;
export declare const CFSR_BFARVALID: number;
export declare const CFSR_UNDEFINSTR: number;
export declare const CFSR_INVSTATE: number;
export declare const CFSR_INVPC: number;
export declare const CFSR_NOCP: number;
export declare const CFSR_UNALIGNED: number;
export declare const CFSR_DIVBYZERO: number;
export declare const HFSR_VECTTBL: number;
export declare const HFSR_FORCED: number;
export declare const CCR_NONBASETHRDENA: number;
export declare const CCR_USERSETMPEND: number;
export declare const CCR_UNALIGN_TRP: number;
export declare const CCR_DIV_0_TRP: number;
export declare const SCR_SLEEPONEXIT: number;
export declare const SCR_SEVONPEND: number;
export interface SystemControlHost {
    readonly fpu: boolean;
    readonly irqCount: number;
    /** IPSR. */
    currentException(): number;
    /** AIRCR.VECTCLRACTIVE: IPSR back to thread mode. */
    clearCurrentException(): void;
    requestSystemReset(): void;
}
export declare class SystemControl implements RegisterFile {
    private readonly host;
    readonly exceptionCount: number;
    readonly pending: Uint8Array;
    readonly active: Uint8Array;
    /** Per external interrupt. */
    readonly enabled: Uint8Array;
    /** Raw 8-bit priorities; Reset, NMI and HardFault use their fixed ones below. */
    readonly priority: Int16Array;
    /** Something changed that may make a pending exception preempt. */
    dirty: boolean;
    vtor: number;
    prigroup: number;
    ccr: number;
    scr: number;
    shcsr: number;
    cfsr: number;
    hfsr: number;
    mmfar: number;
    bfar: number;
    private actlr;
    private cpacr;
    private systCsr;
    private systRvr;
    private systCvr;
    private referenceRemainder;
    /** The event register of WFE/SEV, set by SEVONPEND too. */
    event: boolean;
    private readonly device;
    constructor(host: SystemControlHost);
    /** A byte- and halfword-accessible view for the bus: IPR and SHPR take byte writes on silicon. */
    get busDevice(): BusDevice;
    reset(): void;
    /** The priority that counts for preemption: subpriority bits (AIRCR.PRIGROUP) removed. */
    groupPriority(exception: number): number;
    groupMask(): number;
    faultEnabled(exception: number): boolean;
    setPending(exception: number): void;
    /**
     * The pending exception that would be taken next (0 if none): the lowest
     * group priority, then the lowest subpriority, then the lowest number.
     * `maskInterrupts` leaves out PendSV, SysTick and external interrupts.
     */
    highestPending(maskInterrupts: boolean): number;
    /** The execution priority from active exceptions alone (B1.5.4), 256 in thread mode with none active. */
    activePriority(): number;
    activeCount(): number;
    /** SysTick counts `cycles` core clock cycles. */
    advanceClock(cycles: number): void;
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
    private readNvic;
    private writeNvic;
    private readPriorityWord;
    private writePriorityWord;
    private readIcsr;
    private writeIcsr;
    private writeAircr;
    private readShcsr;
    private writeShcsr;
}
