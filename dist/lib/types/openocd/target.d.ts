import { type OnBytes } from './chunks.js';
import type { Session } from './session.js';
import type { MemoryWidth, ResetMode, TargetState } from './types.js';
export declare class Target {
    private readonly session;
    constructor(session: Session);
    state(): Promise<TargetState>;
    /** Halts the target and waits until it is halted (at most `timeoutMs`). */
    halt(timeoutMs?: number): Promise<void>;
    resume(): Promise<void>;
    reset(mode?: ResetMode): Promise<void>;
    readMemory(address: number, width: MemoryWidth, count: number): Promise<bigint[]>;
    writeMemory(address: number, width: MemoryWidth, values: ReadonlyArray<number | bigint>): Promise<void>;
    /** Writes `size` bytes of target memory from `address` to a file. */
    dumpToFile(file: string, address: number, size: number, onBytes?: OnBytes): Promise<void>;
    private run;
}
