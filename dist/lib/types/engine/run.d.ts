import type { BoardSpec } from '../board/spec.js';
import type { Report } from '../report/model.js';
import { type ReportFiles } from '../report/write.js';
import type { RunEventListener } from './events.js';
export type { RunEvent, RunEventListener } from './events.js';
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
    /** Connection retries for failures transient by class (default: the board's, else DEFAULT_RETRIES). */
    retries?: number;
    lock?: {
        timeoutMs: number;
        dir?: string;
        description: string;
    };
    signal?: AbortSignal;
    /** Everything the run does, as it happens (report/console.ts turns events into lines). */
    onEvent?: RunEventListener;
    /** Called as resources are taken, so a separate cleanup (the action's post step) can free them. */
    onResource?: (r: {
        openocdPid?: number;
        lockTicket?: string;
    }) => void;
}
export interface RunOutcome {
    exitCode: number;
    report: Report;
    files: ReportFiles;
}
export declare function runStepFile(options: RunOptions): Promise<RunOutcome>;
/** Connection retries when neither the run nor the board says (retries: in the inventory). */
export declare const DEFAULT_RETRIES = 2;
