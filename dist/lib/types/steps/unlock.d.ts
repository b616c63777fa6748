import type { StepExecutor } from './context.js';
export declare const unlock: StepExecutor<'unlock'>;
