import type { ScanChain } from '../jtag/scan-chain.js';
import { type SwDp } from './sw-dp.js';
export type SwjMode = 'jtag' | 'swd';
export declare class SwjPort {
    readonly chain: ScanChain;
    readonly swDp: SwDp;
    mode: SwjMode;
    private ones;
    /** Bits of a select sequence being received, -1 when none is. */
    private selectCount;
    private selectBits;
    constructor(chain: ScanChain, swDp: SwDp);
    /** Power-on (or a probe attaching): JTAG, TAPs in Test-Logic-Reset. */
    reset(): void;
    /** A rising TCK edge from a JTAG adapter, which always drives TMS. */
    jtagClock(tms: number, tdi: number): void;
    tdo(): number;
    /** A rising SWCLK edge; `hostDrives` when the adapter drives SWDIO. */
    swdClock(level: number, hostDrives: boolean): void;
    /** What the target drives on SWDIO (a pulled-up 1 when it does not). */
    swdio(): number;
    private watch;
    private switchTo;
}
