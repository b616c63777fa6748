import { type Image } from '../image/index.js';
import type { StepPlanFile } from './load.js';
/** Parsed images of write and verify steps, by step index. */
export type ImageSnapshot = ReadonlyMap<number, Image>;
export declare function snapshotInputs(plan: StepPlanFile): Promise<ImageSnapshot>;
