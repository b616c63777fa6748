import type { StepExecutor } from './context.js';
export declare const protect: StepExecutor;
