// reset: halt, run or init.
import type { StepExecutor } from './context.js'

export const reset: StepExecutor = async (ctx, planned) => {
  if (planned.step.kind !== 'reset') throw new Error('not a reset step')
  await ctx.session.target.reset(planned.step.mode)
  return {}
}
