import { type ProcessIdentity } from './liveness.js';
/** What a queue file records about the process that wrote it. */
export interface TicketRecord extends ProcessIdentity {
    description: string;
    /** When the ticket was taken (ISO 8601). */
    queuedAt: string;
    /**
     * Processes the holder started that keep the probe open (OpenOCD). They run
     * in their own process group, so a holder killed with SIGKILL leaves them
     * behind; whoever finds the ticket stale stops them.
     */
    children?: ProcessIdentity[];
}
/** A live ticket of the queue. */
export interface LockHolder extends ProcessIdentity {
    description: string;
    queuedAt: Date;
    /** For the holder, since when it holds the lock; for a waiter, when it queued. */
    since: Date;
    /** Path of the ticket file; removing it releases the lock. */
    ticket: string;
}
export interface QueueState {
    /** Live tickets, first come first. */
    tickets: LockHolder[];
    /** Names of live choosing files. */
    choosing: Set<string>;
}
export declare const TICKET_NAME: RegExp;
/** Takes a ticket numbered after every existing one in `keyDir`; returns its path. */
export declare function takeTicket(keyDir: string, record: TicketRecord): string;
/** The live queue; files of dead writers are removed on the way. */
export declare function readQueue(keyDir: string): QueueState;
/**
 * Records a child process in a ticket. The file is replaced by rename so a
 * reader never sees half a record, and keeps its mtime ("since").
 */
export declare function addChild(ticket: string, pid: number): void;
/** Removes a queue file; true if it was there. Other failures are left to the stale check. */
export declare function removeFile(file: string): boolean;
