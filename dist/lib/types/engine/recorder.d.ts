import type { BoardSpec } from '../board/spec.js';
import { type Report } from '../report/model.js';
import type { RunEvent } from './events.js';
export declare class ReportRecorder {
    readonly report: Report;
    constructor(opts: {
        stepFile: string;
        board: BoardSpec;
        binary?: string;
        dryRun: boolean;
    });
    onEvent(e: RunEvent): void;
}
