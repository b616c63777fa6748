import { ProcessError, type StartFailure } from './errors.js';
export interface Classification {
    failure: StartFailure;
    hint: string;
}
export declare function classifyLog(log: string, fallback?: StartFailure): Classification;
export declare function logTail(log: string, lines?: number): string;
/** A ProcessError that names the cause found in the log and quotes its tail. */
export declare function startFailure(what: string, log: string, fallback?: StartFailure): ProcessError;
