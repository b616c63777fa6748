import type { Step } from './steps.js';
/** Files the run itself writes into the report folder. */
export declare const RUN_FILES: readonly ["report.json", "report.md", "junit.xml", "openocd.log", "flash-map.svg"];
export interface OutputProblem {
    step: Step;
    message: string;
}
/** The log of connection attempt `attempt`: the first is openocd.log, as without retries. */
export declare function attemptLog(attempt: number): string;
/** The log of the OpenOCD a power-cycle step starts. */
export declare function powerCycleLog(step: Step): string;
/** A backup's file name for one bank. */
export declare function backupFileName(pattern: string, bank: number): string;
/**
 * Problems with the run's outputs. `banks` are the indices `bank: all` means;
 * before connecting they are unknown, and such a backup is only checked for
 * a {bank} in its name.
 */
export declare function checkOutputs(steps: readonly Step[], opts: {
    outDir: string;
    inputs?: readonly string[];
    banks?: readonly number[];
    /** Connection retries: each retry writes its own OpenOCD log. */
    retries?: number;
}): OutputProblem[];
