// Defects 1 (restore re-hashes), 2 (restore uses the first backup) and 4 (a
// failed backup ends the run before anything destructive).
import path from 'node:path'
import { expect } from 'vitest'
import { pattern } from '../../support/images.js'
import type { Case } from '../support/harness.js'

export const restoreCases: Case[] = [
  {
    kind: 'restore',
    name: 'backup, write, backup again, failing verify: restore puts back the first backup',
    setup: (ctx) => {
      ctx.put('app.bin', pattern(256, 5))
      ctx.put('golden.bin', pattern(1024, 9))
    },
    steps: `version: 1
on-failure: { restore-backup: true }
steps:
  - backup: { bank: 0, file: first.bin }
  - write: { image: app.bin, address: 0x08000000 }
  - backup: { bank: 0, file: second.bin }
  - verify: { bank: 0, file: golden.bin }`,
    exit: 1,
    failedStep: 4,
    restored: true,
    check: (o) => expect(o.report!.restore!.banks[0].backup).toBe('first.bin'),
  },
  {
    kind: 'restore',
    name: 'a backup changed after it was taken is not written back',
    steps: (ctx) => `version: 1
allow-raw-commands: true
on-failure: { restore-backup: true }
steps:
  - backup: { bank: 0, file: b.bin }
  - name: overwrite the backup
    command: "set f [open ${path.join(ctx.out, 'b.bin')} w]; puts $f garbage; close $f"
  - erase: { sectors: 5 }
  - verify: { bank: 0, file: golden.bin }`,
    setup: (ctx) => void ctx.put('golden.bin', pattern(1024, 9)),
    exit: 1,
    failedStep: 4,
    // the backup file no longer holds the flash: check what the harness cannot
    check: (o) => {
      expect(o.report!.restore!.status).toBe('failed')
      expect(o.report!.restore!.error).toMatch(/b\.bin of bank 0 changed after it was taken/)
      expect(o.report!.restore!.banks).toEqual([])
      expect(o.after.equals(o.before)).toBe(true)
    },
    noBackupCheck: true,
  },
  {
    kind: 'restore',
    name: 'a failed backup with continue-on-error ends the run before the erase',
    setup: (ctx) => {
      // a file where the backup needs a folder: the backup fails when it runs
      ctx.put('out/sub', 'not a folder')
    },
    steps: `version: 1
on-failure: { restore-backup: true }
steps:
  - backup: { bank: 0, file: sub/b.bin }
    continue-on-error: true
  - erase: { sectors: all }`,
    exit: 1,
    failedStep: 1,
    flashUnchanged: true,
    says: /a failed backup ends the run/,
    check: (o) => expect(o.report!.steps[1].status).toBe('skipped'),
  },
]
