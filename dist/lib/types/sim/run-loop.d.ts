import type { RunState } from './core/cortex-m-debug.js';
export interface Runnable {
    readonly state: RunState;
    /** Runs at most `budget` instructions; returns how many ran. */
    run(budget: number): number;
    /** Whether the debugger polled the halt status while the core ran, since the last call. */
    takeStatusPoll(): boolean;
    /** A sleeping core: `cycles` pass, then it looks for a pending interrupt. */
    idle(cycles: number): void;
}
export declare class RunLoop {
    private readonly core;
    /** The core clock while sleeping, to turn wall time into SysTick cycles. */
    private readonly clockHz;
    private pending;
    private lastMessage;
    private stopped;
    constructor(core: Runnable, 
    /** The core clock while sleeping, to turn wall time into SysTick cycles. */
    clockHz: number);
    /** The adapter's message was answered. */
    afterMessage(): void;
    /** The core may have started running (resume, reset). */
    wake(): void;
    stop(): void;
    private schedule;
    private tick;
    private slice;
    private runFor;
    private cancel;
}
