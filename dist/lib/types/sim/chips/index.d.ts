import { type ChipDescription } from './description.js';
export type { ChipDescription } from './description.js';
/** Throws an Error with a one-line message for an unknown chip or flash size. */
export declare function describeChip(chip: string, flashSize?: number): ChipDescription;
