// verify: read-only comparison of flash with an image, or of a bank with a
// reference file (the nightly golden-image check).
import type { StepExecutor, StepResult } from './context.js'
import { fileRecord } from './files.js'
import { checkVerification, verifiedActivity } from './verification.js'

export const verify: StepExecutor = async (ctx, planned) => {
  const step = planned.step
  if (step.kind === 'verify') {
    const result: StepResult = {
      bytes: planned.bytes,
      files: [await fileRecord(step.image.path, 'image')],
      activity: verifiedActivity(planned.touches),
    }
    const v = await ctx.session.flash.verifyImage(step.image.path, step.image)
    return checkVerification(v, result, ctx.banks, `flash compared with ${step.image.path}`)
  }
  if (step.kind !== 'verify-bank') throw new Error('not a verify step')
  const result: StepResult = {
    bytes: planned.bytes,
    files: [await fileRecord(step.file, 'reference')],
    activity: verifiedActivity(planned.touches),
  }
  const v = await ctx.session.flash.verify(step.bank, step.file, step.offset)
  return checkVerification(v, result, ctx.banks, `bank ${step.bank} compared with ${step.file}`)
}
