// Restore after a failure: puts back the first backup of each bank taken in
// the run, rewriting only the sectors that differ from it, then verifies the
// bank. A backup file whose bytes no longer hash to what was recorded when it
// was taken is never written: nothing is restored then, and the record says why.
import { readFile } from 'node:fs/promises'
import { nonErasedRuns, programAlign } from '../plan/layout.js'
import { runsOf } from '../plan/sectors.js'
import type { RestoreRecord } from '../report/model.js'
import type { Backup, StepContext } from '../steps/context.js'
import { digest } from '../util/hash.js'

export async function restoreBackups(
  ctx: StepContext,
  transfer: StepContext['transfer'],
): Promise<RestoreRecord> {
  const record: RestoreRecord = { status: 'passed', banks: [] }
  try {
    const contents = new Map<Backup, Uint8Array>()
    for (const backup of ctx.backups.values()) contents.set(backup, await checkedBackup(backup))
    for (const [backup, wanted] of contents) {
      record.banks.push(await restoreBank(ctx, transfer, backup, wanted))
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
  transfer: StepContext['transfer'],
  backup: Backup,
  wanted: Uint8Array,
): Promise<RestoreRecord['banks'][number]> {
  const { flash } = ctx.session
  const bank = ctx.banks[backup.bank]
  const current = await flash.read(bank.index, 0, bank.size, transfer('read', bank.size))
  const differ = bank.sectors
    .filter((s) => !equalRange(wanted, current, s.offset, s.size))
    .map((s) => s.index)
  ctx.progress(
    `restoring bank ${bank.index}: ${differ.length} sector(s) differ from ${backup.relative}`,
  )
  const writes = runsOf(differ).map(([first, last]) => {
    const start = bank.sectors[first].offset
    const end = bank.sectors[last].offset + bank.sectors[last].size
    return { first, last, runs: nonErasedRuns(wanted, programAlign(bank), start, end) }
  })
  const total = writes.reduce((n, w) => w.runs.reduce((m, [from, to]) => m + to - from, n), 0)
  const onBytes = transfer('write', total)
  for (const { first, last, runs } of writes) {
    await flash.eraseSectorsOf(bank, first, last)
    for (const [from, to] of runs)
      await flash.write(bank.index, from, wanted.subarray(from, to), onBytes)
  }
  // The bytes whose hash was just checked, not the file read again.
  const v = await flash.verifyBytes(bank.index, 0, wanted, transfer('verify', wanted.length))
  return { bank: bank.index, sectors: differ, verified: v.match, backup: backup.relative }
}

async function checkedBackup(backup: Backup): Promise<Uint8Array> {
  const wanted = new Uint8Array(await readFile(backup.file))
  const { sha256 } = digest(wanted)
  if (sha256 !== backup.sha256) {
    throw new Error(
      `the backup ${backup.relative} of bank ${backup.bank} changed after it was taken (sha256 ${backup.sha256} then, ${sha256} now): nothing was restored`,
    )
  }
  return wanted
}

function equalRange(a: Uint8Array, b: Uint8Array, offset: number, size: number): boolean {
  return Buffer.compare(a.subarray(offset, offset + size), b.subarray(offset, offset + size)) === 0
}
