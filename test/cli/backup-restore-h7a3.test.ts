// Backup and restore on the virtual STM32H7A3 through the command, as a user
// runs it: a backup of bank 2 (OpenOCD bank 1, at 0x08100000), a destructive
// erase and a write that fails, the backup written back, and the board —
// every byte of flash and the option bytes, in its state file — as before.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import type { Report } from '../../src/report/model.js'
import { runCli } from '../support/cli.js'
import { pattern } from '../support/images.js'

const work = mkdtempSync(path.join(os.tmpdir(), 'ofl-h7a3-restore-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const BANK = 1024 * 1024

async function run(steps: string, out: string, ...extra: string[]) {
  const file = path.join(work, `${out}.yml`)
  writeFileSync(file, steps)
  const args = [
    'run',
    file,
    '--board',
    'virtual:stm32h7a3',
    '--state',
    path.join(work, 'board.bin'),
  ]
  const r = await runCli([...args, '--no-lock', '--out', path.join(work, out), ...extra])
  const report = JSON.parse(readFileSync(path.join(work, out, 'report.json'), 'utf8')) as Report
  return { ...r, report, why: r.stdout + r.stderr }
}

it('backup of bank 2, erase, a failing write: the restore puts the board back as it was', async () => {
  // 20 KiB of firmware in bank 2's sectors 0-2; the rest of the bank erased.
  const old = pattern(20 * 1024, 93)
  writeFileSync(path.join(work, 'old.bin'), old)
  const setup = await run(
    'version: 1\nsteps:\n  - write: { image: old.bin, address: 0x08100000 }\n',
    'setup',
  )
  expect(setup.code, setup.why).toBe(0)
  expect(setup.report.steps[0].plan).toEqual([{ bank: 1, sectors: [0, 1, 2], blocks: [] }])
  const before = readFileSync(path.join(work, 'board.bin'))

  writeFileSync(path.join(work, 'new.bin'), pattern(16 * 1024, 94))
  // The fault sits where the backup is erased, so the restore does not program that word again.
  const r = await run(
    `version: 1
on-failure: { restore-backup: true, reset: halt }
steps:
  - backup: { bank: 1 }
  - erase: { bank: 1, sectors: 0-1 }
  - write: { image: new.bin, address: 0x08104000 }
`,
    'out',
    '--fault',
    'program-fail:addr=0x08106010',
  )
  expect(r.code, r.why).toBe(1)
  expect(r.report.steps.map((s) => s.status)).toEqual(['passed', 'passed', 'failed'])
  const backup = r.report.steps[0].files[0]
  expect(backup).toMatchObject({ path: 'backup-bank1.bin', role: 'backup', bytes: BANK })
  const backupBytes = readFileSync(path.join(work, 'out', 'backup-bank1.bin'))
  expect(backupBytes.subarray(0, old.length).equals(old)).toBe(true)
  expect(backupBytes.subarray(old.length).every((b) => b === 0xff)).toBe(true)
  // Bank 2's sector 3 holds 0x08106010: the failure is pinned there, with the controller's bit.
  expect(r.report.steps[2].error?.message).toMatch(
    /0x08106010 \(bank 1 sector 3\).*OPERR \(operation error\)/,
  )
  // Sectors 0-1 were erased, 2-3 written in part: those four go back.
  expect(r.report.restore, JSON.stringify(r.report.restore)).toMatchObject({
    status: 'passed',
    banks: [{ bank: 1, verified: true, sectors: [0, 1, 2, 3], backup: 'backup-bank1.bin' }],
  })
  expect(r.stdout).toContain('restoring bank 1: 4 sector(s) differ from backup-bank1.bin')
  expect(readFileSync(path.join(work, 'board.bin')).equals(before)).toBe(true)
})
