// A dry run draws its plan: a strip per bank in the console and flash-map.svg
// in the report folder, through the command as a user runs it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { runCli } from '../support/cli.js'
import { pattern } from '../support/images.js'

const work = mkdtempSync(path.join(os.tmpdir(), 'ofl-flash-map-cli-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

it('a dry run prints the planned sectors per bank and writes the plan as flash-map.svg', async () => {
  writeFileSync(path.join(work, 'app.bin'), pattern(3 * 1024, 1))
  const plan = path.join(work, 'plan.yml')
  writeFileSync(
    plan,
    'version: 1\nsteps:\n  - backup: { bank: 0 }\n  - write: { image: app.bin, address: 0x08001000 }\n',
  )
  const out = path.join(work, 'out')
  const r = await runCli(
    ['run', plan, '--board', 'virtual:stm32f103', '--no-lock', '--dry-run', '--out', out],
    { ...process.env, CI: 'true' },
  )
  expect(r.code, r.stdout + r.stderr).toBe(0)
  // 1 KiB pages, 64 of them on the virtual F103: one character each; the
  // write's pages 4-6 drawn over the backup's.
  const strip = r.stdout.split('\n').find((l) => l.startsWith('planned bank 0 '))
  expect(strip, r.stdout).toMatch(/\[BBBBWWWB{57}\]$/)
  const svg = readFileSync(path.join(out, 'flash-map.svg'), 'utf8')
  expect(svg).toContain('Plan for bank 0')
  expect(svg).toContain('data-sector="5" data-marks="backed-up written"')
  expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain(
    'Flash map: [flash-map.svg](flash-map.svg) (the plan)',
  )
}, 180_000)
