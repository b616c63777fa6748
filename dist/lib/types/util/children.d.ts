import type { ChildProcess } from 'node:child_process';
/** The signals that end us and so must end our children. */
export declare const STOP_SIGNALS: readonly ["SIGINT", "SIGTERM", "SIGHUP"];
/** Signals the child's whole process group (it was started detached). */
export declare function killGroup(child: ChildProcess, signal: NodeJS.Signals): void;
/** Registers a child to be killed if this process exits or is signalled. */
export declare function trackChild(child: ChildProcess): void;
