import { type AccessSize, type BusDevice } from '../bus/bus.js';
import type { RegisterFile } from '../bus/registers.js';
import type { Core, CoreOptions, CpuBus, StepOutcome } from './contract.js';
import { SystemControl } from './system-control.js';
/** A synchronous fault raised by an instruction: which fault, and its CFSR bit. */
export declare class CpuFault extends Error {
    readonly exception: number;
    readonly cfsrBit: number;
    constructor(exception: number, cfsrBit: number);
}
export declare const undefinedInstruction: () => CpuFault;
export declare const noCoprocessor: () => CpuFault;
export declare const unalignedAccess: () => CpuFault;
export declare class Cpu implements Core {
    /** r0-r15; r13 is the current stack pointer, r15 reads as this instruction's address + 4 while it executes. */
    readonly r: Uint32Array<ArrayBuffer>;
    /** The banked stack pointer not in r13. */
    otherSp: number;
    n: number;
    z: number;
    c: number;
    v: number;
    q: number;
    ge: number;
    /** EPSR.T. */
    t: number;
    itState: number;
    ipsr: number;
    primask: number;
    faultmask: number;
    basepri: number;
    /** CONTROL.nPRIV (bit 0) and CONTROL.SPSEL (bit 1). */
    control: number;
    /** Where the next instruction is fetched; instructions that branch set it. */
    nextPc: number;
    /** The address of the instruction executing. */
    currentPc: number;
    /** An EXC_RETURN value loaded into the PC, acted on when the instruction completes. */
    excReturn: number;
    /** The local exclusive monitor: LDREX opens it, STREX and CLREX close it. */
    exclusive: boolean;
    /** SVC executed: SVCall is taken once the instruction completes. */
    supervisorCall: boolean;
    sleeping: boolean;
    /** Sleeping by WFE (wakes on the event register too). */
    private waitingForEvent;
    private locked;
    private lastMaskInterrupts;
    /** The address of the data access in progress, for BFAR. */
    dataAddress: number;
    onExceptionEntry: ((exception: number) => boolean) | undefined;
    readonly bus: CpuBus;
    readonly scb: SystemControl;
    readonly fpu: boolean;
    constructor(options: CoreOptions);
    get systemControl(): RegisterFile;
    get systemControlBus(): BusDevice;
    get currentException(): number;
    get lockedUp(): boolean;
    reset(): void;
    step(options?: {
        readonly maskInterrupts?: boolean;
    }): StepOutcome;
    private execute;
    conditionPassed(cond: number): boolean;
    /** Flags set from a result: N and Z. */
    setNZ(result: number): void;
    branchTo(address: number): void;
    /** BXWritePC / LoadWritePC: bit 0 is the T bit; EXC_RETURN values in handler mode return from the exception. */
    branchExchange(address: number): void;
    read(address: number, size: AccessSize): number;
    write(address: number, size: AccessSize, value: number): void;
    /** Accesses that must be aligned whatever CCR says: LDM/STM, LDRD/STRD, LDREX/STREX. */
    readAligned(address: number): number;
    writeAligned(address: number, value: number): void;
    get privileged(): boolean;
    apsr(): number;
    epsr(): number;
    xpsr(): number;
    writeApsr(value: number, flags: boolean, ge: boolean): void;
    /** The whole xPSR, IPSR too, with the stack pointer that goes with the mode. */
    private writeXpsr;
    get msp(): number;
    set msp(value: number);
    get psp(): number;
    set psp(value: number);
    /** True while r13 is the process stack pointer. */
    private usingPsp;
    /** Changes IPSR and CONTROL together, swapping the banked SP when the selection changes. */
    private setModeAndControl;
    writeControl(value: number): void;
    /** Execution priority (B1.5.4) with PRIMASK, FAULTMASK and BASEPRI. */
    executionPriority(withPrimask?: boolean): number;
    /** A synchronous fault at `currentPc`: taken now, escalated to HardFault, or lock-up. */
    fault(exception: number, cfsrBits: number, returnAddress?: number): StepOutcome;
    private lockup;
    /** Stacks the context, then enters the handler (B1.5.6, B1.5.7). */
    takeException(exception: number, returnAddress: number): StepOutcome;
    private enterHandler;
    /** Exception return (B1.5.8) for the EXC_RETURN value the instruction loaded into the PC. */
    private exceptionReturn;
    /** WFI: sleep unless an exception is already waiting. WFE: also the event register. */
    sleep(forEvent: boolean): void;
    sendEvent(): void;
    readRegister(selector: number): number;
    writeRegister(selector: number, value: number): void;
    setInterruptPending(irq: number): void;
    advanceClock(cycles: number): void;
}
