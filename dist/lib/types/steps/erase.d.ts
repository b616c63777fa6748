import { type StepExecutor } from './context.js';
export declare const erase: StepExecutor<'erase'>;
