import type { StepExecutor } from './context.js';
export declare const protect: StepExecutor<'protect'>;
export declare const unprotect: StepExecutor<'unprotect'>;
