// command: a raw OpenOCD command, allowed only when the step file opts in.
import type { StepExecutor } from './context.js'

export const command: StepExecutor = async (ctx, planned) => {
  if (planned.step.kind !== 'command') throw new Error('not a command step')
  const out = await ctx.session.execute(planned.step.tcl)
  const text = [out.result, ...out.log].filter((s) => s.trim()).join('\n')
  return { notes: text ? [`output: ${text}`] : [] }
}
