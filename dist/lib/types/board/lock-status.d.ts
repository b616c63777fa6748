import { type LockHolder } from './lock-queue.js';
export interface LockStatus {
    key: string;
    /** Absent when the probe is free. */
    holder?: LockHolder;
    /** In queue order. */
    waiting: LockHolder[];
}
/** The lock of one probe; `dir` as for acquireProbeLock. */
export declare function lockStatus(key: string, dir?: string): LockStatus;
/** Every probe that has been locked in the lock directory, held or free. */
export declare function listLocks(dir?: string): LockStatus[];
