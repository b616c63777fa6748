import type { Report } from './model.js';
export interface ReportFiles {
    json: string;
    markdown: string;
    junit: string;
    /** Absent when the run read no flash layout (it never connected). */
    flashMap?: string;
}
export declare function writeReport(dir: string, report: Report): Promise<ReportFiles>;
