import { DpRegisters } from './dp-registers.js';
/** At least 50 cycles with SWDIO high reset the line. */
export declare const LINE_RESET_CYCLES = 50;
export declare class SwDp {
    private readonly dpidr;
    private readonly dp;
    private phase;
    /** Bits of the current field, LSB first, and how many there are. */
    private bits;
    private count;
    private parity;
    private ones;
    /** Since the last line reset no DPIDR read has taken the link out of reset. */
    private inReset;
    private request;
    private ack;
    private dataPhase;
    private readData;
    /** The last read's data, which RESEND returns again. */
    private lastRead;
    constructor(dpidr: number, dp: DpRegisters);
    /** The SWJ-DP switched to JTAG (or away from SWD): the link needs a line reset. */
    disconnect(): void;
    /** SWDIO as the target drives it during the current cycle. */
    swdio(): number;
    /** One rising SWCLK edge with the line at `level`. */
    clock(level: number): void;
    private begin;
    private shiftIn;
    private onRequest;
    private acknowledge;
    private performRead;
    private afterAck;
    private onWriteData;
}
