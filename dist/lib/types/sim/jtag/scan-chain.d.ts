import type { Tap } from './tap.js';
export declare class ScanChain {
    private state;
    /** Nearest TDO first, as OpenOCD declares them. */
    private readonly taps;
    constructor(taps: readonly Tap[]);
    /** Test-Logic-Reset, as after TRST or a new connection. */
    reset(): void;
    /** TDO while TCK is low: the LSB of the shift register nearest TDO. */
    tdo(): number;
    /** One rising TCK edge: act in the current state, then move. */
    clock(tms: number, tdi: number): void;
}
