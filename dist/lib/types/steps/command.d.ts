import type { StepExecutor } from './context.js';
export declare const command: StepExecutor<'command'>;
