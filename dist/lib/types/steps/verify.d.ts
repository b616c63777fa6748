import type { StepExecutor } from './context.js';
export declare const verify: StepExecutor;
