import { ProcessError, type StartFailure } from './errors.js';
/** The log lines without the harmless speed error and the event failure it causes. */
export declare function withoutHarmlessErrors(lines: readonly string[]): string[];
export interface Classification {
    failure: StartFailure;
    hint: string;
}
export declare function classifyLog(log: string, fallback?: StartFailure): Classification;
/**
 * The log's last lines, for messages and reports. A config line OpenOCD
 * cannot run is echoed back in quotes (`secret.txt:1: Error: invalid command
 * name "…"`): a report must not carry the contents of a file the inventory
 * named, so quoted text in script errors is withheld (openocd.log keeps it).
 */
export declare function logTail(log: string, lines?: number): string;
/** A ProcessError that names the cause found in the log and quotes its tail. */
export declare function startFailure(what: string, log: string, fallback?: StartFailure): ProcessError;
/**
 * True when a failed command means OpenOCD, the probe or the target is gone
 * (OpenOCD killed, the connection lost, the target stopped answering), not
 * that the flash refused an operation: an infrastructure failure.
 */
export declare function lostTarget(err: unknown): boolean;
/**
 * The class of a failure worth another attempt — the probe not found or busy,
 * the target not answering, the connection to OpenOCD lost — or undefined for
 * one that would fail the same way again (a missing config, a bad transport).
 * Only for failures before anything was changed: the engine retries nothing after.
 */
export declare function transientCause(err: unknown): StartFailure | 'connection-lost' | undefined;
