// unlock: clears readout protection with the driver's unlock command, which
// mass-erases the chip; the chip loads the new option bytes at a reset (or,
// on the stm32l4x families, at the option load the driver launches). The
// step file allows it explicitly (allow-mass-erase), and the plan let it
// through only as the first step; on a chip that is not locked it does nothing.
import { readoutProtection } from '../openocd/readout-protection.js'
import type { StepExecutor } from './context.js'

export const unlock: StepExecutor<'unlock'> = async (ctx, planned) => {
  const bank = ctx.banks.find((b) => b.size > 0)!
  const before = await readoutProtection(ctx.session, bank)
  if (!before) return { notes: ['the chip is not read-protected: nothing was erased'] }
  await ctx.session.command(before.unlock, { timeoutMs: 120_000 })
  const load = await ctx.session.flash.loadOptionBytes(bank.index)
  await ctx.session.target.reset('halt')
  const after = await readoutProtection(ctx.session, bank)
  if (after)
    throw new Error(`the chip is still read-protected after unlock and reset (${after.level})`)
  const loaded = load ? `; '${load}' loaded the option bytes` : ''
  return {
    bytes: planned.bytes,
    notes: [
      `mass erase: '${before.unlock}' cleared readout protection (${before.level}) and erased all flash${loaded}; reset and halted the target`,
    ],
    activity: planned.touches.map((t) => ({ bank: t.bank, erased: t.sectors })),
  }
}
