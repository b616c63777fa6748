// The run's output paths (plan/outputs.ts), without a target: collisions,
// outputs over inputs, symlinks out of the report folder, {bank} expansion.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadStepFile } from '../../src/plan/load.js'
import { checkOutputs } from '../../src/plan/outputs.js'

function setup(steps: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ofl-outputs-'))
  writeFileSync(path.join(dir, 'app.bin'), Buffer.alloc(16))
  const file = path.join(dir, 'steps.yml')
  writeFileSync(file, `version: 1\nsteps:\n${steps}`)
  return { dir, file, steps: loadStepFile(file).steps }
}
const messages = (p: { message: string }[]) => p.map((x) => x.message)

describe('checkOutputs', () => {
  it('accepts distinct names, and bank: all with {bank} before the banks are known', () => {
    const { dir, steps } = setup(
      '  - backup: { bank: all }\n  - dump: { address: 0, size: 4, file: ram.bin }\n',
    )
    expect(checkOutputs(steps, { outDir: path.join(dir, 'out') })).toEqual([])
  })

  it('refuses a dump that equals one expansion of a {bank} pattern, once the banks are known', () => {
    const { dir, steps } = setup(
      '  - backup: { bank: all }\n  - dump: { address: 0, size: 4, file: backup-bank1.bin }\n',
    )
    const outDir = path.join(dir, 'out')
    expect(checkOutputs(steps, { outDir, banks: [0] })).toEqual([])
    expect(messages(checkOutputs(steps, { outDir, banks: [0, 1] }))).toEqual([
      "the dump 'backup-bank1.bin' would overwrite the backup of bank 1 of step 1 (backup bank all): every file a run writes needs its own name",
    ])
  })

  it("refuses a dump on a retry's OpenOCD log, as far as the retries go", () => {
    const { dir, steps } = setup('  - dump: { address: 0, size: 4, file: openocd-attempt-3.log }\n')
    expect(checkOutputs(steps, { outDir: dir, retries: 1 })).toEqual([])
    expect(messages(checkOutputs(steps, { outDir: dir, retries: 2 }))).toEqual([
      "the dump 'openocd-attempt-3.log' would overwrite the OpenOCD log of connection attempt 3: every file a run writes needs its own name",
    ])
  })

  it('sees ./x.bin and x.bin as one path, and an image in the report folder as an input', () => {
    const { dir, steps } = setup(
      '  - dump: { address: 0, size: 4, file: ./x.bin }\n  - dump: { address: 0, size: 4, file: x.bin }\n  - dump: { address: 0, size: 4, file: app.bin }\n  - write: { image: app.bin, address: 0x08000000 }\n',
    )
    expect(messages(checkOutputs(steps, { outDir: dir }))).toEqual([
      "the dump 'x.bin' would overwrite the dump of step 1 (dump x.bin): every file a run writes needs its own name",
      "the dump 'app.bin' would overwrite the image of step 4 (write app.bin): choose another file name or report folder",
    ])
  })

  it('follows symlinks, also dangling ones, and refuses paths they lead out of the folder', () => {
    const { dir, steps } = setup(
      '  - dump: { address: 0, size: 4, file: in/ok.bin }\n  - dump: { address: 0, size: 4, file: out/x.bin }\n',
    )
    const outDir = path.join(dir, 'report')
    mkdirSync(outDir)
    symlinkSync(path.join(outDir), path.join(outDir, 'in'))
    symlinkSync(path.join(dir, 'nowhere', 'deeper'), path.join(outDir, 'out'))
    const problems = messages(checkOutputs(steps, { outDir }))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^the dump 'out\/x.bin' leads outside the report folder/)
  })
})
