import { type Fault } from './faults.js';
import type { FlashLayout } from './flash/flash-layout.js';
import type { ReadFilter } from './flash/flash-window.js';
export type FlashOperation = 'erase' | 'program';
export interface FaultTarget {
    readonly part: string;
    readonly flashBase: number;
    readonly layout: FlashLayout;
}
export declare class FaultInjector {
    private readonly failingSectors;
    private readonly failingOffsets;
    private readonly stuck;
    private readonly busy;
    private disconnectAfter;
    private programmed;
    private refusals;
    /** Connections that end before the link wedges (the wedged fault); it wedges once. */
    private wedgeAfter;
    private ended;
    private wedged;
    /** Called once, when the disconnect fault fires. */
    onDisconnect: () => void;
    constructor(faults: readonly Fault[], target: FaultTarget);
    eraseFails(sector: number): boolean;
    programFails(offset: number, size: number): boolean;
    busyMs(operation: FlashOperation): number;
    /** Stuck bits over main flash reads, or undefined when there are none (the fast path). */
    get readFilter(): ReadFilter | undefined;
    /** Whether to refuse this connection (the flaky-connect and wedged faults); counts it. */
    refusesConnection(): boolean;
    /** A connection ended: counts it towards the wedged fault. */
    recordDisconnect(): void;
    /** The board's power came back: a wedged link works again. */
    powerCycled(): void;
    /** Counts programmed bytes towards the disconnect fault. */
    recordProgrammed(bytes: number): void;
    private add;
    private flashOffset;
    private refuse;
}
