// One executor per step kind, each typed by its kind.
import type { PlannedStep } from '../plan/plan.js'
import type { StepKind } from '../plan/steps.js'
import { backup } from './backup.js'
import { command } from './command.js'
import type { StepContext, StepExecutor, StepResult } from './context.js'
import { dump } from './dump.js'
import { erase } from './erase.js'
import { powerCycle } from './power-cycle.js'
import { protect, unprotect } from './protect.js'
import { reset } from './reset.js'
import { run } from './run.js'
import { unlock } from './unlock.js'
import { verifyBank, verifyImage } from './verify.js'
import { write } from './write.js'

const executors: { [K in StepKind]: StepExecutor<K> } = {
  backup,
  erase,
  write,
  verify: verifyImage,
  'verify-bank': verifyBank,
  protect,
  unprotect,
  reset,
  dump,
  command,
  run,
  unlock,
  'power-cycle': powerCycle,
}

export function executeStep(ctx: StepContext, planned: PlannedStep): Promise<StepResult> {
  // The table is keyed by kind, so the executor found is the one for this
  // step's kind; TypeScript cannot correlate the two through the lookup.
  const run = executors[planned.step.kind] as StepExecutor
  return run(ctx, planned)
}
