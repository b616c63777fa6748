import type { ChipDescription } from './chips/description.js';
import { FaultInjector } from './fault-injector.js';
import type { Fault } from './faults.js';
import type { NonVolatileRegion } from './flash/flash-controller.js';
import { ScanChain } from './jtag/scan-chain.js';
export interface SimulatedChip {
    readonly description: ChipDescription;
    /** What OpenOCD's JTAG adapter is wired to. */
    readonly chain: ScanChain;
    /** Main flash first, then option bytes (and OTP): what a state file keeps. */
    readonly nonVolatile: readonly NonVolatileRegion[];
    readonly faults: FaultInjector;
    /** System reset (SYSRESETREQ or SRST); also the power-on reset after loading state. */
    systemReset(): void;
}
export declare function buildChip(description: ChipDescription, faults: readonly Fault[]): SimulatedChip;
