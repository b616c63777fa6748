import type { ChildProcess } from 'node:child_process';
/** Signals the child's whole process group (it was started detached). */
export declare function killGroup(child: ChildProcess, signal: NodeJS.Signals): void;
/** Registers a child to be killed if this process exits or is signalled. */
export declare function trackChild(child: ChildProcess): void;
