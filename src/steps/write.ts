// write: programs an image with OpenOCD's write_image, which erases only the
// sectors the image touches, then compares flash with the image.
import { VerifyMismatchError } from '../openocd/flash.js'
import type { StepExecutor, StepResult } from './context.js'
import { fileRecord } from './files.js'
import { checkVerification, verifiedActivity } from './verification.js'

export const write: StepExecutor<'write'> = async (ctx, planned) => {
  const { image, verify } = planned.step
  const result: StepResult = {
    bytes: planned.bytes,
    files: [await fileRecord(image.path, 'image')],
    activity: planned.touches.map((t) => ({ bank: t.bank, erased: t.sectors, written: t.sectors })),
  }
  try {
    const v = await ctx.session.flash.writeImage(image.path, {
      erase: true,
      verify,
      address: image.address,
      format: image.format,
    })
    if (!v) return result
    result.activity!.push(...verifiedActivity(planned.touches))
    return checkVerification(v, result, ctx.banks, 'flash after writing')
  } catch (err) {
    if (err instanceof VerifyMismatchError)
      return checkVerification(err.result, result, ctx.banks, 'flash after writing')
    throw err
  }
}
