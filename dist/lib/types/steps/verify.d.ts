import type { StepExecutor } from './context.js';
export declare const verifyImage: StepExecutor<'verify'>;
export declare const verifyBank: StepExecutor<'verify-bank'>;
