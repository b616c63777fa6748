// verify: read-only comparison of flash with an image, or of a bank with a
// reference file (the nightly golden-image check).
import type { StepExecutor, StepResult } from './context.js'
import { imageRecord } from './files.js'
import { checkVerification, verifiedActivity } from './verification.js'

export const verifyImage: StepExecutor<'verify'> = async (ctx, planned) => {
  const { path } = planned.step.image
  const result: StepResult = {
    bytes: planned.bytes,
    files: [imageRecord(path, planned.image)],
    activity: verifiedActivity(planned.touches),
  }
  // The image as read before connecting, as the plan saw it.
  const v = await ctx.session.flash.verifySegments(
    planned.image.segments,
    ctx.transfer('verify', planned.bytes),
  )
  return checkVerification(v, result, ctx.banks, `flash compared with ${path}`)
}

export const verifyBank: StepExecutor<'verify-bank'> = async (ctx, planned) => {
  const { step, reference } = planned
  const result: StepResult = {
    bytes: planned.bytes,
    files: [{ path: step.file, role: 'reference', ...reference.file }],
    activity: verifiedActivity(planned.touches),
  }
  // The file as read before connecting, as the plan saw it.
  const v = await ctx.session.flash.verifyBytes(
    step.bank,
    step.offset,
    reference.data,
    ctx.transfer('verify', planned.bytes),
  )
  // The file is named by the step file, and may be any file the runner can
  // read: its bytes stay out of the report, which pins where flash differs.
  const ranges = v.ranges.map(({ expected: _, ...r }) => r)
  return checkVerification(
    { ...v, ranges },
    result,
    ctx.banks,
    `bank ${step.bank} compared with ${step.file}`,
  )
}
