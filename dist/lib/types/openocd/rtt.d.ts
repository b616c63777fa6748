import type { Session } from './session.js';
export interface RttRegion {
    /** Where to look for the control block, and how far. */
    address: number;
    size: number;
}
export declare class Rtt {
    private readonly session;
    readonly controlBlock: number;
    private readonly port;
    private readonly socket;
    private constructor();
    /** Configures the search; `start` then finds the control block. */
    static setup(session: Session, region: RttRegion): Promise<void>;
    /**
     * One attempt to find the control block and serve up-channel 0; undefined
     * while the firmware has not written it yet.
     */
    static start(session: Session, onData: (text: string) => void): Promise<Rtt | undefined>;
    /** A line for the firmware on down-channel 0. */
    send(line: string): void;
    /**
     * Waits until OpenOCD has read all the firmware wrote to up-channel 0 (its
     * read pointer caught up with the write pointer), so nothing printed just
     * before a halt is missing from the console.
     */
    drain(timeoutMs: number): Promise<void>;
    close(): Promise<void>;
}
