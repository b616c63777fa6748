// The st-flash seed through the command as a user runs it: on an STM32H7A3,
// "Verification of flash failed at offset: 6144" becomes a report that pins
// the address, the sector and the bytes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { runCli } from '../support/cli.js'
import { pattern } from '../support/images.js'

const work = mkdtempSync(path.join(os.tmpdir(), 'ofl-seed-h7a3-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

it('a 9,704-byte image with a stuck bit at offset 6144 exits 1, pinned to 0x08001800 in sector 0', async () => {
  const image = pattern(9704, 91)
  image[6144] = 0x5b
  writeFileSync(path.join(work, 'app.bin'), image)
  const steps = path.join(work, 'steps.yml')
  writeFileSync(steps, 'version: 1\nsteps:\n  - write: { image: app.bin, address: 0x08000000 }\n')
  const out = path.join(work, 'out')
  const r = await runCli([
    'run',
    steps,
    '--board',
    'virtual:stm32h7a3',
    '--fault',
    'stuck-bits:addr=0x08001800,mask=0x02',
    '--no-lock',
    '--out',
    out,
  ])
  expect(r.code, r.stdout + r.stderr).toBe(1)
  expect(r.stdout).toMatch(/0x08001800 \(bank 0 sector 0\)/)
  const md = readFileSync(path.join(out, 'report.md'), 'utf8')
  expect(md).toMatch(/\| 0x08001800 \| 1 \| 0\/0 \| `5b` \| `59` \|/)
})
