import type { Report } from '../report/model.js';
export interface StepSource {
    /** The step file as the report names it. */
    file: string;
    /** The step file's path from the workspace root, when it is a file there. */
    repoPath?: string;
}
/** The path GitHub needs to place an annotation: relative to the workspace, with `/`. */
export declare function repoPath(file: string, workspace: string): string | undefined;
export declare function annotate(report: Report, source: StepSource): void;
