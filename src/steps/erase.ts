// erase: sectors of a bank, in runs of consecutive sectors. When an erase
// fails, the sectors are read back to name the first one not erased.
import { runsOf } from '../plan/sectors.js'
import { StepFailure, type StepExecutor } from './context.js'
import { erasedSectors, firstDeparture } from './readback.js'

export const erase: StepExecutor<'erase'> = async (ctx, planned) => {
  const { bank, sectors } = planned.touches[0]
  const info = ctx.banks[bank]
  const done: number[] = []
  for (const [first, last] of runsOf(sectors)) {
    try {
      await ctx.session.flash.eraseSector(bank, first, last)
    } catch (err) {
      const where = await firstDeparture(ctx, info, erasedSectors(info, sectors))
      throw new StepFailure(
        `erasing sectors ${first}-${last} of bank ${bank} failed, ${where}: ${(err as Error).message}`,
        { activity: [{ bank, erased: done }] },
        { cause: err },
      )
    }
    for (let i = first; i <= last; i++) done.push(i)
  }
  return { bytes: planned.bytes, activity: [{ bank, erased: sectors }] }
}
