// backup: reads whole banks to files in the report folder, hashed before any
// later step may change the flash. The files are kept whatever happens next.
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { StepExecutor } from './context.js'
import { fileRecord } from './files.js'
import { backupFileName } from '../plan/outputs.js'

export const backup: StepExecutor<'backup'> = async (ctx, planned) => {
  const pattern = planned.step.file
  const result = {
    bytes: 0,
    files: [] as Awaited<ReturnType<typeof fileRecord>>[],
    activity: [] as { bank: number; backedUp: number[] }[],
  }
  for (const touch of planned.touches) {
    const bank = ctx.banks[touch.bank]
    const file = path.join(ctx.outDir, backupFileName(pattern, bank.index))
    await mkdir(path.dirname(file), { recursive: true })
    await ctx.session.flash.readToFile(
      bank.index,
      file,
      { offset: 0, size: bank.size },
      ctx.transfer('read', bank.size),
    )
    const record = await fileRecord(file, 'backup', ctx.outDir)
    if (record.bytes !== bank.size) {
      throw new Error(
        `backup of bank ${bank.index} is ${record.bytes} bytes, but the bank has ${bank.size}`,
      )
    }
    // What this run knows the flash holds: the latest read, whatever came before.
    ctx.known.set(bank.index, new Uint8Array(await readFile(file)))
    // Restore puts back the first backup of a bank: the state before the run changed it.
    if (!ctx.backups.has(bank.index))
      ctx.backups.set(bank.index, {
        bank: bank.index,
        file,
        relative: record.path,
        sha256: record.sha256,
      })
    ctx.progress(`bank ${bank.index} → ${record.path} sha256 ${record.sha256}`)
    result.bytes += record.bytes
    result.files.push(record)
    result.activity.push({ bank: bank.index, backedUp: touch.sectors })
  }
  return result
}
