import type { FlashBank, VerifyResult } from '../openocd/types.js';
import type { PlannedStep } from '../plan/plan.js';
import type { BankRecord, SectorActivity, StepRecord, StepStatus, VerificationRecord } from '../report/model.js';
import type { Activity, StepResult } from '../steps/context.js';
import type { Step } from '../plan/steps.js';
export declare function bankRecord(b: FlashBank): BankRecord;
export declare function stepRecord(step: Step, planned?: PlannedStep): StepRecord;
export interface StepOutcome {
    status: StepStatus;
    startedAt: string;
    durationMs: number;
    /** What the step did (also after a StepFailure); absent when it did nothing known. */
    result?: StepResult;
    error?: StepRecord['error'];
}
/** The record of a step that ran, from its planned record and what happened. */
export declare function ranStepRecord(planned: StepRecord, outcome: StepOutcome, banks: readonly FlashBank[]): StepRecord;
/** A comparison in the report's form, each mismatch pinned to its bank and sector. */
export declare function verificationRecord(v: VerifyResult, banks: readonly FlashBank[]): VerificationRecord;
/** Adds a step's activity to the run's per-bank sector activity. */
export declare function addActivity(all: SectorActivity[], activity: readonly Activity[]): void;
