import type { VerifyResult } from './types.js';
export declare const MAX_RANGES = 64;
export declare function compareBytes(expected: Uint8Array, actual: Uint8Array, address: number): VerifyResult;
/** Merges results of several compared segments into one. */
export declare function mergeResults(results: readonly VerifyResult[]): VerifyResult;
