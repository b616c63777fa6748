import { type Image } from '../image/index.js';
import type { FlashBank } from '../openocd/types.js';
import type { Step } from './steps.js';
import { type AreaResolution } from './sectors.js';
export interface BankTouch {
    bank: number;
    /** Erase sectors the step touches. */
    sectors: number[];
    /** Protection blocks the step changes (protect/unprotect). */
    blocks: number[];
}
export interface PlannedStep {
    step: Step;
    touches: BankTouch[];
    /** Bytes the step moves (read, written or compared). */
    bytes: number;
    /** Set when an address range was rounded out to whole sectors or blocks. */
    rounded?: AreaResolution['rounded'];
    /** The parsed image, for write and verify steps. */
    image?: Image;
}
export interface Refusal {
    step: Step;
    message: string;
}
export declare class PlanError extends Error {
    readonly refusals: Refusal[];
    constructor(refusals: Refusal[]);
}
export declare function buildPlan(steps: readonly Step[], banks: readonly FlashBank[]): Promise<PlannedStep[]>;
