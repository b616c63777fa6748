import type { InventoryBoard } from '../../board/inventory.js';
import { type Check } from './check.js';
export interface ProbeCheckOptions {
    binary?: string;
    lockDir?: string;
    /** Folder for OpenOCD's log files. */
    logDir: string;
    /** For OpenOCD to open its port, and then for init. */
    timeoutMs: number;
    /** Shown to jobs that wait for the probe meanwhile. */
    description: string;
}
export declare function checkProbe(board: InventoryBoard, opts: ProbeCheckOptions): Promise<Check>;
