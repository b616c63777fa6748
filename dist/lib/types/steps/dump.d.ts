import type { StepExecutor } from './context.js';
export declare const dump: StepExecutor<'dump'>;
