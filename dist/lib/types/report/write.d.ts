import type { Report } from './model.js';
export interface ReportFiles {
    json: string;
    markdown: string;
    junit: string;
}
export declare function writeReport(dir: string, report: Report): Promise<ReportFiles>;
