import type { StepExecutor } from './context.js';
export declare const backup: StepExecutor<'backup'>;
