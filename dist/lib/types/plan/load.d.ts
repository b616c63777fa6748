import { type StepFile } from './schema.js';
import { type Step } from './steps.js';
export interface StepPlanFile {
    file: string;
    settings: Omit<StepFile, 'steps'>;
    steps: Step[];
}
/** Reads `file` (or `text`, named `file` in messages) and validates it. Throws SourceError. */
export declare function loadStepFile(file: string, text?: string, baseDir?: string): StepPlanFile;
