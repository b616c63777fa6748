// Restore after a failure: puts back the backup taken earlier in the run,
// rewriting only the sectors that differ from it, then verifies the bank.
import { readFile } from 'node:fs/promises'
import { nonErasedRuns } from '../plan/layout.js'
import { runsOf } from '../plan/sectors.js'
import type { RestoreRecord } from '../report/model.js'
import type { Backup, StepContext } from '../steps/context.js'

export async function restoreBackups(ctx: StepContext): Promise<RestoreRecord> {
  const record: RestoreRecord = { status: 'passed', banks: [] }
  try {
    for (const backup of ctx.backups.values()) {
      record.banks.push(await restoreBank(ctx, backup))
    }
  } catch (err) {
    record.status = 'failed'
    record.error = (err as Error).message
  }
  if (record.banks.some((b) => !b.verified)) record.status = 'failed'
  return record
}

async function restoreBank(
  ctx: StepContext,
  backup: Backup,
): Promise<RestoreRecord['banks'][number]> {
  const { flash } = ctx.session
  const bank = ctx.banks[backup.bank]
  const wanted = new Uint8Array(await readFile(backup.file))
  const current = await flash.read(bank.index, 0, bank.size)
  const differ = bank.sectors
    .filter((s) => !equalRange(wanted, current, s.offset, s.size))
    .map((s) => s.index)
  ctx.progress(
    `restoring bank ${bank.index}: ${differ.length} sector(s) differ from ${backup.relative}`,
  )
  for (const [first, last] of runsOf(differ)) {
    await flash.eraseSector(bank.index, first, last)
    const start = bank.sectors[first].offset
    const end = bank.sectors[last].offset + bank.sectors[last].size
    for (const [from, to] of nonErasedRuns(wanted, start, end)) {
      await flash.write(bank.index, from, wanted.subarray(from, to))
    }
  }
  const v = await flash.verify(bank.index, backup.file)
  return { bank: bank.index, sectors: differ, verified: v.match, backup: backup.relative }
}

function equalRange(a: Uint8Array, b: Uint8Array, offset: number, size: number): boolean {
  return Buffer.compare(a.subarray(offset, offset + size), b.subarray(offset, offset + size)) === 0
}
