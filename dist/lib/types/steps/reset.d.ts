import type { StepExecutor } from './context.js';
export declare const reset: StepExecutor<'reset'>;
