/** The process's start time, to save alongside its pid; undefined when it cannot be read. */
export declare function processStart(pid: number): string | undefined;
export type LeftoverOutcome = 
/** Not running any more: nothing to do. */
'gone'
/** The pid now belongs to another process; it was left alone. */
 | 'reused'
/** Cannot tell on this system; left to the runner. */
 | 'unknown' | 'stopped' | 'still-running';
/** SIGTERM to the process group (OpenOCD was started as its leader), then SIGKILL after `graceMs`. */
export declare function stopLeftoverOpenOcd(pid: number, start: string | undefined, graceMs?: number): Promise<LeftoverOutcome>;
