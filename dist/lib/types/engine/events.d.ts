import type { BankRecord, ConnectAttemptRecord, ProblemRecord, Report, RestoreRecord, RunResult, StepRecord } from '../report/model.js';
import type { Activity } from '../steps/context.js';
/** How far a step's or the restore's large read or write has come, counted per chunk (openocd/chunks.ts). */
export interface Transfer {
    /** `read`: backups, dumps and a write's evidence; `write`: programming; `verify`: reading to compare. */
    operation: 'read' | 'write' | 'verify';
    done: number;
    total: number;
    elapsedMs: number;
}
export type RunEvent = 
/** The step file was read: one record per step, all still 'skipped'. */
{
    type: 'loaded';
    steps: StepRecord[];
}
/** The step file is invalid; nothing was started. */
 | {
    type: 'invalid';
    problems: ProblemRecord[];
}
/** Resources and preparation: lock waits, the simulator, OpenOCD, the prepare reset. */
 | {
    type: 'note';
    text: string;
}
/** Connecting failed; `record.retryAfterMs` is set when another attempt follows. */
 | {
    type: 'attempt-failed';
    record: ConnectAttemptRecord;
}
/** `attempt` is the number of the attempt that connected (from 1). */
 | {
    type: 'connected';
    openocdVersion: string;
    log: string;
    attempt: number;
} | {
    type: 'banks';
    when: 'before' | 'after';
    banks: BankRecord[];
}
/** The plan is ready: the records now say what each step touches. */
 | {
    type: 'plan';
    steps: StepRecord[];
} | {
    type: 'refused';
    steps: StepRecord[];
    refusals: Array<{
        index: number;
        message: string;
    }>;
} | {
    type: 'dry-run';
} | {
    type: 'step-start';
    index: number;
    label: string;
    bytes: number;
    startedAt: string;
} | {
    type: 'step-progress';
    index: number;
    text: string;
} | {
    type: 'step-transfer';
    index: number;
    label: string;
    transfer: Transfer;
} | {
    type: 'step-end';
    label: string;
    record: StepRecord;
    activity: readonly Activity[];
    /** The step failed but has continue-on-error. */
    continued: boolean;
} | {
    type: 'restore-start';
} | {
    type: 'restore-transfer';
    transfer: Transfer;
} | {
    type: 'restore-end';
    record: RestoreRecord;
}
/** The run's result is no longer success (the first such event decides it). */
 | {
    type: 'failed';
    result: RunResult;
    message: string;
}
/** The report is complete and written. */
 | {
    type: 'finished';
    report: Report;
};
export type RunEventListener = (event: RunEvent) => void;
