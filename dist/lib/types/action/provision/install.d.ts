import { type PinTable, type XpackSourceRequest } from './pins.js';
export type OpenOcdRequest = {
    kind: 'system';
} | {
    kind: 'path';
    path: string;
} | ({
    kind: 'xpack';
} & XpackSourceRequest);
export interface ProvisionOptions {
    /** Replaces the committed pin table (tests, or a fork that pins its own builds). */
    pins?: PinTable;
    /** `${process.platform}-${process.arch}` of the build to fetch; defaults to this machine's. */
    platform?: string;
}
export interface ProvisionedOpenOcd {
    binary: string;
    /** The scripts folder shipped with this binary, when there is one. */
    scriptsDir?: string;
    /** What the binary itself reports, e.g. "Open On-Chip Debugger 0.12.0". */
    version: string;
    source: 'system' | 'path' | 'cache' | 'download';
}
export declare function provisionOpenOcd(request: OpenOcdRequest, options?: ProvisionOptions): Promise<ProvisionedOpenOcd>;
