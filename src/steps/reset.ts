// reset: halt, run or init.
import type { StepExecutor } from './context.js'

export const reset: StepExecutor<'reset'> = async (ctx, planned) => {
  await ctx.session.target.reset(planned.step.mode)
  return {}
}
