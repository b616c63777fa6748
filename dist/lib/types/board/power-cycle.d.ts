import type { PowerCycleRecord } from '../report/model.js';
import type { PowerCycle } from './spec.js';
export interface PowerCycleOptions {
    /** The probe's serial, to wait for after power is back. */
    serial?: string;
    /** How long the probe may take to re-enumerate. */
    enumerateTimeoutMs?: number;
    signal?: AbortSignal;
}
export declare function powerCycle(commands: PowerCycle, options?: PowerCycleOptions): Promise<PowerCycleRecord>;
/** A power cycle that did not succeed, said in one line. */
export declare class PowerCycleError extends Error {
    readonly record: PowerCycleRecord;
    constructor(record: PowerCycleRecord, serial?: string);
}
