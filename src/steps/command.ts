// command: a raw OpenOCD command, allowed only when the step file opts in.
import type { StepExecutor } from './context.js'

export const command: StepExecutor<'command'> = async (ctx, planned) => {
  const out = await ctx.session.execute(planned.step.tcl)
  const text = [out.result, ...out.log].filter((s) => s.trim()).join('\n')
  return { notes: text ? [`output: ${text}`] : [] }
}
