import { ProcessError, type StartFailure } from './errors.js';
/** The log lines without the harmless speed error and the event failure it causes. */
export declare function withoutHarmlessErrors(lines: readonly string[]): string[];
export interface Classification {
    failure: StartFailure;
    hint: string;
}
export declare function classifyLog(log: string, fallback?: StartFailure): Classification;
export declare function logTail(log: string, lines?: number): string;
/** A ProcessError that names the cause found in the log and quotes its tail. */
export declare function startFailure(what: string, log: string, fallback?: StartFailure): ProcessError;
/**
 * True when a failed command means OpenOCD, the probe or the target is gone
 * (OpenOCD killed, the connection lost, the target stopped answering), not
 * that the flash refused an operation: an infrastructure failure.
 */
export declare function lostTarget(err: unknown): boolean;
