import type { Image } from '../image/index.js';
import type { InputSnapshot, Reference } from './snapshot.js';
import type { FlashBank } from '../openocd/types.js';
import { type ReadoutProtection } from '../openocd/readout-protection.js';
import type { Step, StepKind, StepOf } from './steps.js';
import { type AreaResolution } from './sectors.js';
export interface BankTouch {
    bank: number;
    /** Erase sectors the step touches. */
    sectors: number[];
    /** Protection blocks the step changes (protect/unprotect). */
    blocks: number[];
}
/** A step with what it touches; typed by its kind, so executors need no re-narrowing. */
export type PlannedStep<K extends StepKind = StepKind> = {
    step: StepOf<K>;
    touches: BankTouch[];
    /** Bytes the step moves (read, written or compared). */
    bytes: number;
    /** Set when an address range was rounded out to whole sectors or blocks. */
    rounded?: AreaResolution['rounded'];
} & ([K] extends ['write' | 'verify'] ? {
    image: Image;
} : {
    image?: Image;
}) & ([K] extends ['verify-bank'] ? {
    reference: Reference;
} : {
    reference?: Reference;
});
export interface Refusal {
    step: Step;
    message: string;
}
export declare class PlanError extends Error {
    readonly refusals: Refusal[];
    constructor(refusals: Refusal[]);
}
export declare function buildPlan(steps: readonly Step[], banks: readonly FlashBank[], inputs: InputSnapshot, 
/** The chip's readout protection, as read before planning; undefined when none applies. */
locked?: ReadoutProtection): PlannedStep[];
