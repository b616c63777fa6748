// Progress as a CI log shows it: the command with its output not a terminal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { runCli } from '../support/cli.js'

const work = mkdtempSync(path.join(os.tmpdir(), 'ofl-progress-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// A 1 MiB F407 backup moves in 64 KiB chunks and logs 11 lines; a 128 KiB F103
// backup moves in 16 KiB chunks and shows the same rules in a few seconds.
it('a 128 KiB F103 backup logs its progress as plain lines, not a bar', async () => {
  const plan = path.join(work, 'backup.yml')
  writeFileSync(plan, 'version: 1\nsteps:\n  - backup: { bank: 0 }\n')
  const r = await runCli(
    [
      'run',
      plan,
      '--board',
      'virtual:stm32f103:128K',
      '--no-lock',
      '--out',
      path.join(work, 'out'),
    ],
    { ...process.env, CI: 'true' },
  )
  expect(r.code, r.stdout + r.stderr).toBe(0)
  const lines = r.stdout.split('\n').filter((l) => /^ {2}read \S+ \S+ of 128 KiB \(\d+ %\)/.test(l))
  expect(lines.length, r.stdout).toBeGreaterThanOrEqual(5)
  expect(lines.at(-1)).toMatch(/^ {2}read 128 KiB of 128 KiB \(100 %\), \S+ \S+\/s$/)
  expect(r.stdout).not.toContain('\r')
}, 300_000)
