import type { FlashBank, VerifyResult } from '../openocd/types.js';
import { type Activity, type StepResult } from './context.js';
/** The step result for a comparison; throws StepFailure (carrying it) on a mismatch. */
export declare function checkVerification(v: VerifyResult, result: StepResult, banks: readonly FlashBank[], what: string): StepResult;
export declare function verifiedActivity(touches: ReadonlyArray<{
    bank: number;
    sectors: number[];
}>): Activity[];
