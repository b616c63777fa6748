import { type StepExecutor } from './context.js';
export declare const powerCycle: StepExecutor<'power-cycle'>;
