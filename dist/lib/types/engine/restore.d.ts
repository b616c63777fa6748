import type { RestoreRecord } from '../report/model.js';
import type { StepContext } from '../steps/context.js';
export declare function restoreBackups(ctx: StepContext, transfer: StepContext['transfer']): Promise<RestoreRecord>;
