import type { Report } from '../report/model.js';
export type RunOutputs = {
    result: string;
    report: string;
    'backup-sha256': string;
    'image-sha256': string;
    verified: string;
};
export declare function runOutputs(report: Report, reportJson: string): RunOutputs;
export declare function setOutputs(outputs: Partial<Record<string, string | number>>): void;
