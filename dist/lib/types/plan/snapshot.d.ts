import { type Image } from '../image/index.js';
import { type FileDigest } from '../util/hash.js';
import type { StepPlanFile } from './load.js';
/** A verify step's reference file as it was read. */
export interface Reference {
    data: Uint8Array;
    file: FileDigest;
}
export interface InputSnapshot {
    /** Parsed images of write and verify steps, by step index. */
    images: ReadonlyMap<number, Image>;
    /** Reference files of verify-bank steps, by step index. */
    references: ReadonlyMap<number, Reference>;
}
export declare function snapshotInputs(plan: StepPlanFile): Promise<InputSnapshot>;
