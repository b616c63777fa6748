import type { BoardSpec } from '../board/spec.js';
import type { Report } from '../report/model.js';
import { type ReportFiles } from '../report/write.js';
export interface RunOptions {
    /** The step file; with `stepText`, only its name (and folder, for relative paths). */
    stepFile: string;
    stepText?: string;
    board: BoardSpec;
    /** OpenOCD binary (default: `openocd` on PATH) and extra script search dirs. */
    openocd?: {
        binary?: string;
        searchDirs?: string[];
    };
    /** The report folder. */
    outDir: string;
    dryRun?: boolean;
    /** Time limit for the whole run. */
    timeoutMs?: number;
    lock?: {
        timeoutMs: number;
        dir?: string;
        description: string;
    };
    signal?: AbortSignal;
    /** Progress lines (one per step start and end). */
    log?: (line: string) => void;
    /** Step boundaries, for a live display on a terminal. */
    onStep?: (event: StepEvent) => void;
    /** Called as resources are taken, so a separate cleanup (the action's post step) can free them. */
    onResource?: (r: {
        openocdPid?: number;
        lockTicket?: string;
    }) => void;
}
export interface StepEvent {
    phase: 'start' | 'end';
    /** `[2/6] write app.elf` */
    label: string;
    /** Bytes the step moves, as planned. */
    bytes: number;
}
export interface RunOutcome {
    exitCode: number;
    report: Report;
    files: ReportFiles;
}
export declare function runStepFile(options: RunOptions): Promise<RunOutcome>;
