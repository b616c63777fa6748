/** Who wrote a lock file, as recorded in it. */
export interface ProcessIdentity {
    pid: number;
    hostname: string;
    /** Start time from /proc/<pid>/stat (clock ticks since boot), Linux only. */
    processStart?: number;
}
export interface ProcStat {
    state: string;
    startTime: number;
}
export declare function readProcStat(pid: number): ProcStat | undefined;
/** Undefined where /proc is not available. */
export declare function processStartTime(pid: number): number | undefined;
export declare function currentProcess(): ProcessIdentity;
/**
 * False only when sure the process is gone: same host, and its pid is free,
 * a zombie, or now belongs to a process that started at another time.
 */
export declare function isProcessAlive(owner: ProcessIdentity): boolean;
