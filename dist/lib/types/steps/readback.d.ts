import type { FlashBank } from '../openocd/types.js';
import type { StepContext } from './context.js';
export interface PlannedBytes {
    /** Bank offset. */
    offset: number;
    data: Uint8Array;
}
/** `first address not as planned: 0x08001010 (bank 0 sector 4)`, or why it could not be read. */
export declare function firstDeparture(ctx: StepContext, bank: FlashBank, planned: readonly PlannedBytes[]): Promise<string>;
/** The erased state of whole sectors, for comparison after an erase. */
export declare function erasedSectors(bank: FlashBank, sectors: readonly number[]): PlannedBytes[];
