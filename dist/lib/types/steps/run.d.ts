import { type StepExecutor } from './context.js';
export declare const run: StepExecutor<'run'>;
