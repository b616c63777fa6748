import type { PlannedStep } from '../plan/plan.js';
import type { StepContext, StepResult } from './context.js';
export declare function executeStep(ctx: StepContext, planned: PlannedStep): Promise<StepResult>;
