// dump: a memory range (RAM, flash, registers) to a file in the report folder.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { StepExecutor } from './context.js'
import { fileRecord } from './files.js'

export const dump: StepExecutor<'dump'> = async (ctx, planned) => {
  const { address, size, file } = planned.step
  const out = path.join(ctx.outDir, file)
  await mkdir(path.dirname(out), { recursive: true })
  await ctx.session.target.dumpToFile(out, address, size, ctx.transfer('read', size))
  return { bytes: size, files: [await fileRecord(out, 'dump', ctx.outDir)] }
}
