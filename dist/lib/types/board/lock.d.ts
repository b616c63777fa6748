import { type LockHolder } from './lock-queue.js';
import type { BoardSpec } from './spec.js';
export type { LockHolder } from './lock-queue.js';
export interface AcquireOptions {
    /** Lock directory; by default as resolveLockDir finds it. */
    dir?: string;
    /** Give up after this long (Infinity: wait for ever). */
    timeoutMs: number;
    /** Who is asking, e.g. `owner/repo/123 job flash`; shown to those who wait. */
    description: string;
    /** Called while another process holds the lock: at once, when the holder changes, then every `reportEveryMs`. */
    onWait?: (holder: LockHolder, ahead: number) => void;
    reportEveryMs?: number;
    signal?: AbortSignal;
}
export interface ProbeLock {
    key: string;
    /** The ticket file; `releaseProbeLockTicket` releases it from another process. */
    ticket: string;
    /** Idempotent. */
    release(): void;
    /** Records a process that holds the probe (OpenOCD), to be stopped if we die holding the lock. */
    addChild(pid: number): void;
}
export declare class LockTimeoutError extends Error {
    readonly key: string;
    readonly holder: LockHolder | undefined;
    readonly exitCode: 4;
    constructor(key: string, holder: LockHolder | undefined, waitedMs: number);
}
/** `pid 123 on host (owner/repo/1 job flash) since 2024-05-01T10:00:00.000Z` */
export declare function formatHolder(h: LockHolder): string;
/**
 * Which lock guards the board's probe: its serial; for a virtual board the
 * real path of its state file (two names for one state file are one board:
 * unserialized, one run's write would be lost), else its name; for a probe
 * without serial its interface, since OpenOCD then opens whichever probe of
 * that kind it finds first.
 */
export declare function probeLockKey(board: BoardSpec): string;
export declare function acquireProbeLock(key: string, opts: AcquireOptions): Promise<ProbeLock>;
/**
 * Releases a lock another process took, by its ticket path: for the
 * action's post step, after a main step that may not have got to it.
 * Returns whether the ticket was still there.
 */
export declare function releaseProbeLockTicket(ticket: string): boolean;
