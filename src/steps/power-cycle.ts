// power-cycle: switches the board off and on with the inventory's commands
// and connects again. Nothing in flash changes, but everything else does: the
// chip starts from a power-on reset (its firmware runs until OpenOCD halts it
// again), RAM, breakpoints and a halted core are gone, so the target is
// prepared again as before the first step.
import { PowerCycleError } from '../board/power-cycle.js'
import { StepFailure, type StepExecutor } from './context.js'

export const powerCycle: StepExecutor<'power-cycle'> = async (ctx, planned) => {
  const record = await ctx.power.cycle()
  const result = { powerCycle: record }
  // OpenOCD is started again even after a failed command: a restore, and
  // reading the flash after the run, need it if the board is still powered.
  try {
    await ctx.power.reconnect(planned.step)
  } catch (err) {
    throw new StepFailure(
      `OpenOCD could not connect again after the power cycle: ${(err as Error).message}`,
      result,
      { cause: err },
    )
  }
  if (!record.ok) {
    const error = new PowerCycleError(record)
    throw new StepFailure(error.message, result, { cause: error })
  }
  return {
    ...result,
    notes: ['power came back; OpenOCD reconnected and the target was prepared again'],
  }
}
