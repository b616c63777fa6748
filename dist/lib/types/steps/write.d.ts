import { type StepExecutor } from './context.js';
export declare const write: StepExecutor<'write'>;
