import type { AccessSize, BusDevice } from '../bus/bus.js';
import { type RegisterFile } from '../bus/registers.js';
import type { Core } from '../cpu/contract.js';
import type { DataWatchpoint } from './dwt.js';
import type { FlashPatchBreakpoint } from './fpb.js';
export interface CoreDescription {
    readonly cpuid: number;
    /** MVFR0/MVFR1 of a core with an FPU; OpenOCD enables FPU registers only for exact values. */
    readonly mvfr?: readonly [number, number];
    readonly fpb: {
        readonly codeComparators: number;
        readonly literalComparators: number;
    };
    readonly dwtComparators: number;
    /** External interrupt lines (NVIC inputs). */
    readonly irqCount: number;
    /** The core clock out of reset (the internal RC oscillator): SysTick's pace while asleep. */
    readonly resetClockHz: number;
}
/** What the core is doing, as DHCSR shows it. */
export type RunState = 'halted' | 'running' | 'sleeping' | 'locked-up';
/**
 * The System Control Space (4 KiB at 0xE000E000): the debug block answers
 * its registers, the core's SCB, NVIC and SysTick the rest.
 */
export declare class CortexMDebug implements BusDevice, RegisterFile {
    private readonly description;
    private readonly core;
    private readonly fpb;
    private readonly dwt;
    private readonly debugBlock;
    private halted;
    private sleeping;
    /** A BKPT with no debugger attached: the core cannot go on until a reset. */
    private stuck;
    private control;
    private resetSeen;
    private retired;
    private dfsr;
    private demcr;
    private dcrdr;
    private vectorCaught;
    private statusPolled;
    /** The core was resumed or reset into running: the run loop should start. */
    onRun: (() => void) | undefined;
    constructor(description: CoreDescription, core: Core, fpb: FlashPatchBreakpoint, dwt: DataWatchpoint);
    get state(): RunState;
    /**
     * The core's part of a reset. Debug state (C_DEBUGEN, C_MASKINTS, DEMCR,
     * DFSR) survives; with vector catch the core halts before the first instruction.
     */
    reset(): void;
    /**
     * Runs at most `budget` instructions while the core is running, stopping
     * at a breakpoint, a caught vector, the end of a step, sleep or lock-up.
     * Returns how many it ran; their cycles (one each) go to SysTick and DWT.
     */
    run(budget: number): number;
    /**
     * Whether the debugger read DHCSR while the core ran, since the last call:
     * it is waiting for the core (an algorithm's end, a breakpoint).
     */
    takeStatusPoll(): boolean;
    /** A sleeping core: `cycles` pass (SysTick counts), then it looks for a pending interrupt. */
    idle(cycles: number): void;
    read(offset: number, size: AccessSize): number;
    write(offset: number, size: AccessSize, value: number): void;
    /** A debug register (the RegisterBlock's side). */
    readRegister(offset: number): number;
    writeRegister(offset: number, value: number): void;
    /** DHCSR.C_DEBUGEN: a debugger is attached. */
    get debugging(): boolean;
    private readDhcsr;
    private writeDhcsr;
    private resume;
    private transferRegister;
    private halt;
    private passCycles;
}
