// protect / unprotect: write protection of protection blocks. Some chips
// (STM32F1) load protection from option bytes only at reset, so when OpenOCD
// does not yet show the change, the target is reset (halted) to apply it.
// Others (STM32G4) show it at once but load it only at an option-byte
// launch, so that is launched, and the target halted after the reset it causes.
import { runsOf } from '../plan/sectors.js'
import type { BankTouch } from '../plan/plan.js'
import type { StepContext, StepExecutor, StepResult } from './context.js'

export const protect: StepExecutor<'protect'> = (ctx, planned) =>
  setProtection(ctx, planned.touches[0], true)

export const unprotect: StepExecutor<'unprotect'> = (ctx, planned) =>
  setProtection(ctx, planned.touches[0], false)

async function setProtection(
  ctx: StepContext,
  { bank, blocks }: BankTouch,
  on: boolean,
): Promise<StepResult> {
  for (const [first, last] of runsOf(blocks)) await ctx.session.flash.protect(bank, first, last, on)
  const notes: string[] = []
  if (await ctx.session.flash.loadOptionBytes(bank)) {
    await ctx.session.target.reset('halt')
    notes.push(
      'the chip applies protection changes at an option-byte load: launched it (OBL_LAUNCH, which resets the chip) and halted the target',
    )
  }
  const applied = async () => {
    const info = await ctx.session.flash.info(bank)
    return blocks.every((b) => info.protectionBlocks[b]?.protected === on)
  }
  if (!(await applied())) {
    await ctx.session.target.reset('halt')
    notes.push('the chip applies protection changes at reset: reset and halted the target')
    if (!(await applied())) {
      throw new Error(
        `protection of blocks ${blocks.join(', ')} of bank ${bank} did not change to '${on ? 'on' : 'off'}', even after a reset`,
      )
    }
  }
  return { notes, activity: [{ bank, [on ? 'protected' : 'unprotected']: blocks }] }
}
