import { SourceError } from '../util/yaml-schema.js';
import { type StepFile } from './schema.js';
import { type Step } from './steps.js';
export interface StepPlanFile {
    file: string;
    settings: Omit<StepFile, 'steps'>;
    steps: Step[];
}
/** The step file is not there: a mistyped path, said in so many words. */
export declare class StepFileNotFoundError extends SourceError {
    constructor(file: string);
}
/** Reads `file` (or `text`, named `file` in messages) and validates it. Throws SourceError. */
export declare function loadStepFile(file: string, text?: string, baseDir?: string): StepPlanFile;
