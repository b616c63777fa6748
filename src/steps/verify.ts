// verify: read-only comparison of flash with an image, or of a bank with a
// reference file (the nightly golden-image check).
import type { StepExecutor, StepResult } from './context.js'
import { fileRecord } from './files.js'
import { checkVerification, verifiedActivity } from './verification.js'

export const verifyImage: StepExecutor<'verify'> = async (ctx, planned) => {
  const { image } = planned.step
  const result: StepResult = {
    bytes: planned.bytes,
    files: [await fileRecord(image.path, 'image')],
    activity: verifiedActivity(planned.touches),
  }
  const v = await ctx.session.flash.verifyImage(image.path, image)
  return checkVerification(v, result, ctx.banks, `flash compared with ${image.path}`)
}

export const verifyBank: StepExecutor<'verify-bank'> = async (ctx, planned) => {
  const step = planned.step
  const result: StepResult = {
    bytes: planned.bytes,
    files: [await fileRecord(step.file, 'reference')],
    activity: verifiedActivity(planned.touches),
  }
  const v = await ctx.session.flash.verify(step.bank, step.file, step.offset)
  return checkVerification(v, result, ctx.banks, `bank ${step.bank} compared with ${step.file}`)
}
