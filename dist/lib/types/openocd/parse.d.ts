import type { FlashBank, FlashSector, TargetState } from './types.js';
/** `flash list`: a Tcl list of dicts, one per bank, in bank-number order. */
export declare function parseFlashList(text: string): FlashBank[];
export interface FlashInfo {
    index: number;
    driver: string;
    base: number;
    size: number;
    blocks: Array<FlashSector & {
        protectionKnown: boolean;
    }>;
    description?: string;
}
/** `flash info N [sectors]`: header, one line per sector or block, description. */
export declare function parseFlashInfo(text: string): FlashInfo;
/**
 * Protection of each sector: its own where OpenOCD knows it, otherwise that
 * of the protection block that contains it.
 */
export declare function sectorsWithProtection(sectors: FlashInfo['blocks'], blocks: readonly FlashSector[]): FlashSector[];
/** `read_memory`: a Tcl list of numbers. */
export declare function parseNumberList(text: string): bigint[];
export declare function parseTargetState(text: string): TargetState;
