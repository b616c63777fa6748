import type { ChipDescription } from './chips/description.js';
import { CortexMDebug } from './core/cortex-m-debug.js';
import type { Core, CoreOptions } from './cpu/contract.js';
import { SwjPort } from './dap/swj-port.js';
import { FaultInjector } from './fault-injector.js';
import type { Fault } from './faults.js';
import type { NonVolatileRegion } from './flash/flash-controller.js';
import { ScanChain } from './jtag/scan-chain.js';
export interface SimulatedChip {
    readonly description: ChipDescription;
    /** The JTAG side of the debug port. */
    readonly chain: ScanChain;
    /** What OpenOCD's adapter is wired to: JTAG or SWD, one DP and AP behind both. */
    readonly swj: SwjPort;
    /** Main flash first, then option bytes (and OTP): what a state file keeps. */
    readonly nonVolatile: readonly NonVolatileRegion[];
    readonly faults: FaultInjector;
    /** The core and its debug block: what the run loop runs. */
    readonly core: CortexMDebug;
    /** System reset (SYSRESETREQ or SRST). */
    systemReset(): void;
    /** Power-on reset, after loading state: the option bytes load on every part. */
    powerOnReset(): void;
}
export type CoreFactory = (options: CoreOptions) => Core;
export declare function buildChip(description: ChipDescription, faults: readonly Fault[], createCore: CoreFactory): SimulatedChip;
