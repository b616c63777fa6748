import type { RestoreRecord } from '../report/model.js';
import type { StepContext } from '../steps/context.js';
export declare function restoreBackups(ctx: StepContext): Promise<RestoreRecord>;
/** [offset, length] ranges in [start, end) that are not long runs of 0xFF; 8-byte aligned. */
export declare function programmedRanges(data: Uint8Array, start: number, end: number): Array<[number, number]>;
