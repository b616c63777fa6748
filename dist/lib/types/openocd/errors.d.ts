export interface OpenOcdErrorDetails {
    command?: string;
    response?: string;
    code?: number;
    cause?: unknown;
}
export declare class OpenOcdError extends Error {
    readonly command?: string;
    readonly response?: string;
    /** The Tcl return code or OpenOCD error number, where there is one. */
    readonly code?: number;
    constructor(message: string, details?: OpenOcdErrorDetails);
}
/** A command OpenOCD rejected (non-zero Tcl return code). */
export declare class CommandError extends OpenOcdError {
}
/** A flash operation failed: erase, program, protect, verify, bank lookup. */
export declare class FlashError extends OpenOcdError {
}
/** The target did not do what was asked: halt, reset, memory access. */
export declare class TargetError extends OpenOcdError {
}
/** The TCL RPC connection could not be made or was lost. */
export declare class ConnectionError extends OpenOcdError {
}
/** A command did not answer within its time limit. */
export declare class TimeoutError extends OpenOcdError {
}
/** Why OpenOCD failed to start, classified from its log. */
export type StartFailure = 'binary-not-found' | 'config-not-found' | 'probe-not-found' | 'target-not-responding' | 'port-in-use' | 'transport-not-supported' | 'exited' | 'timeout';
/** The OpenOCD process failed to start or died. */
export declare class ProcessError extends OpenOcdError {
    readonly failure: StartFailure;
    /** The last lines of OpenOCD's log, quoted in the message too. */
    readonly logTail: string;
    constructor(message: string, failure: StartFailure, logTail: string, details?: OpenOcdErrorDetails);
}
