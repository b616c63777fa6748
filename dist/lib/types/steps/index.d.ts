import type { Step } from '../plan/steps.js';
import type { StepExecutor } from './context.js';
export declare const executors: Record<Step['kind'], StepExecutor>;
