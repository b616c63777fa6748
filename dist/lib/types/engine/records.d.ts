import type { FlashBank } from '../openocd/types.js';
import type { PlannedStep } from '../plan/plan.js';
import type { BankRecord, SectorActivity, StepRecord } from '../report/model.js';
import type { Activity } from '../steps/context.js';
import type { Step } from '../plan/steps.js';
export declare function bankRecord(b: FlashBank): BankRecord;
export declare function stepRecord(step: Step, planned?: PlannedStep): StepRecord;
/** Adds a step's activity to the run's per-bank sector activity. */
export declare function addActivity(all: SectorActivity[], activity: readonly Activity[]): void;
