import type { ChildProcess } from 'node:child_process';
/** The signals that end us and so must end our children. */
export declare const STOP_SIGNALS: readonly ["SIGINT", "SIGTERM", "SIGHUP"];
/**
 * Signals a process group (our long-running children are started detached, as
 * group leaders), or the process alone if it leads none. False if it is gone.
 */
export declare function signalGroup(pid: number, signal: NodeJS.Signals): boolean;
/** Signals the child's whole process group, unless it has exited. */
export declare function killGroup(child: ChildProcess, signal: NodeJS.Signals): void;
/** Registers a child to be killed if this process exits or is signalled. */
export declare function trackChild(child: ChildProcess): void;
