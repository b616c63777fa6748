// erase: sectors of a bank, in runs of consecutive sectors.
import { runsOf } from '../plan/sectors.js'
import type { StepExecutor } from './context.js'

export const erase: StepExecutor<'erase'> = async (ctx, planned) => {
  const { bank, sectors } = planned.touches[0]
  for (const [first, last] of runsOf(sectors)) {
    await ctx.session.flash.eraseSector(bank, first, last)
  }
  return { bytes: planned.bytes, activity: [{ bank, erased: sectors }] }
}
