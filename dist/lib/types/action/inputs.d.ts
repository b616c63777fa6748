import type { BoardChoice } from '../board/select.js';
import type { OpenOcdRequest } from './provision/install.js';
export declare class InputError extends Error {
    constructor(input: string, message: string);
}
export interface Plan {
    /** The step file, or for inline steps only a name for messages (its folder is the workspace). */
    file: string;
    /** The inline YAML of `steps`. */
    text?: string;
}
export interface ActionInputs {
    plan: Plan;
    board: Omit<BoardChoice, 'searchDirs'>;
    openocd: OpenOcdRequest;
    dryRun: boolean;
    upload: boolean;
    artifactName: string;
    retentionDays?: number;
    /** Empty: a new folder under the runner's temp folder. */
    reportDir?: string;
    /** Both limits: undefined/Infinity when the input is empty. */
    timeoutMs?: number;
    lockTimeoutMs: number;
}
/** How inline steps are named in messages and the report; relative to the workspace (the cwd). */
export declare const INLINE_STEPS = "<steps input>";
export declare function readInputs(): ActionInputs;
