// Defects 1, 3 (outputs over inputs) and 14 (symlinks): every file a run
// writes has its own real path inside the report folder, or the run is
// refused with exit 2 before OpenOCD starts and the flash is untouched.
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { pattern } from '../../support/images.js'
import type { Case } from '../support/harness.js'

const refused = {
  kind: 'outputs',
  exit: 2,
  beforeOpenOcd: true,
  flashUnchanged: true,
} as const

const withRestore = (steps: string) => `version: 1
on-failure: { restore-backup: true }
steps:
${steps}`

export const outputCases: Case[] = [
  {
    ...refused,
    name: "bank: all without {bank} in the backup's name",
    steps: withRestore('  - backup: { bank: all, file: backup.bin }\n  - erase: { sectors: 0-1 }'),
    says: /has no \{bank\} in it/,
  },
  {
    ...refused,
    name: 'a dump over a backup',
    steps: withRestore(`  - backup: { bank: 0, file: keep.bin }
  - dump: { address: 0x20000000, size: 64, file: keep.bin }
  - erase: { sectors: 0-1 }`),
    says: /step 2 \(.*\): the dump 'keep.bin' would overwrite the backup of bank 0 of step 1/,
  },
  ...['openocd.log', 'report.json', 'report.md', 'junit.xml', 'flash-map.svg'].map(
    (file): Case => ({
      ...refused,
      name: `a backup named ${file}`,
      steps: withRestore(`  - backup: { bank: 0, file: ${file} }\n  - erase: { sectors: 0-1 }`),
      says: new RegExp(`would overwrite the run's own ${file.replace('.', '\\.')}`),
    }),
  ),
  {
    ...refused,
    name: 'two backups of one bank under one name (the default)',
    steps: withRestore(
      '  - backup: { bank: 0 }\n  - erase: { sectors: 0-1 }\n  - backup: { bank: 0 }',
    ),
    says: /step 3 .*would overwrite the backup of bank 0 of step 1/,
  },
  {
    ...refused,
    name: "a dump over the next step's image (report folder = step folder)",
    setup: (ctx) => void ctx.put('app.bin', pattern(SECTOR_BYTES, 3)),
    steps: `version: 1
steps:
  - dump: { address: 0x08000000, size: 16K, file: app.bin }
  - write: { image: app.bin, address: 0x08000800 }`,
    outInCaseFolder: true,
    says: /the dump 'app.bin' would overwrite the image of step 2/,
    check: (o) =>
      expect(readFileSync(path.join(o.ctx.dir, 'app.bin')).equals(pattern(SECTOR_BYTES, 3))).toBe(
        true,
      ),
  },
  {
    ...refused,
    name: 'a dump over the step file itself',
    steps: `version: 1
steps:
  - dump: { address: 0x08000000, size: 1K, file: steps.yml }`,
    outInCaseFolder: true,
    says: /would overwrite the step file/,
  },
  {
    ...refused,
    name: 'a dump through a symlink out of the report folder',
    setup: (ctx) => {
      mkdirSync(ctx.out, { recursive: true })
      mkdirSync(path.join(ctx.dir, 'elsewhere'))
      symlinkSync(path.join(ctx.dir, 'elsewhere'), path.join(ctx.out, 'link'))
    },
    steps: `version: 1
steps:
  - dump: { address: 0x08000000, size: 1K, file: link/x.bin }`,
    says: /'link\/x.bin' leads outside the report folder/,
  },
  {
    ...refused,
    name: 'a backup through a dangling symlink out of the report folder',
    setup: (ctx) => {
      mkdirSync(ctx.out, { recursive: true })
      symlinkSync(path.join(ctx.dir, 'stolen.bin'), path.join(ctx.out, 'b.bin'))
    },
    steps: `version: 1
steps:
  - backup: { bank: 0, file: b.bin }`,
    says: /'b.bin' leads outside the report folder/,
  },
]

const SECTOR_BYTES = 1024
