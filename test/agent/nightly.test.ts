// The nightly golden-image check on an inventory board: a read-only verify of
// bank 0 against the golden image passes while the board is intact, and
// pins drift to its address and sector once a byte of its flash changed.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { killRunningClis } from '../support/cli.js'
import { pattern } from '../support/images.js'
import { makeLab, stateFlash, stepFile, virtualF103, writeStep } from './lab.js'

const lab = makeLab({ 'lab-f103': virtualF103('lab-f103.bin') })
afterEach(killRunningClis)
afterAll(() => lab.remove())

const FLASH_BASE = 0x08000000
const DRIFT_AT = 0x08004123

describe('nightly golden-image check', () => {
  it('passes on an intact board and reports drift at the right address with exit code 1', async () => {
    // Release day: program the board and keep its bank 0 as the golden image.
    const image = lab.put('app.bin', pattern(1024, 7))
    const release = lab.run(
      lab.put(
        'release.yml',
        stepFile([writeStep(image, 0x08004000), { backup: { bank: 0, file: 'golden-bank0.bin' } }]),
      ),
      'lab-f103',
    )
    expect((await release.result).code).toBe(0)
    const golden = path.join(release.out, 'golden-bank0.bin')

    const nightly = lab.put(
      'nightly.yml',
      stepFile([{ name: 'bank 0 is the golden image', verify: { bank: 0, file: golden } }], {
        prepare: 'none',
      }),
    )
    const intact = lab.run(nightly, 'lab-f103')
    expect((await intact.result).code).toBe(0)
    expect(intact.report().steps[0]!.verification).toMatchObject({
      match: true,
      mismatchedBytes: 0,
    })

    // One byte of the board's flash changes behind everyone's back.
    const state = path.join(lab.root, 'lab-f103.bin')
    const { data, offset } = stateFlash(state)
    const at = offset + DRIFT_AT - FLASH_BASE
    const before = data[at]!
    data[at] = before ^ 0x5a
    writeFileSync(state, data)

    const drifted = lab.run(nightly, 'lab-f103')
    const r = await drifted.result
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('first at 0x08004123 (bank 0 sector 16)')
    const report = drifted.report()
    expect(report).toMatchObject({ result: 'step-failed', exitCode: 1 })
    expect(report.steps[0]!.verification).toMatchObject({
      match: false,
      mismatchedBytes: 1,
      ranges: [
        {
          address: DRIFT_AT,
          length: 1,
          bank: 0,
          sector: 16,
          actual: (before ^ 0x5a).toString(16).padStart(2, '0'),
        },
      ],
    })
    // The golden file's bytes stay out of the report; the address pins the drift.
    expect(report.steps[0]!.verification!.ranges[0].expected).toBeUndefined()
    expect(readFileSync(path.join(drifted.out, 'junit.xml'), 'utf8')).toContain('<failure')
    // Read-only: the check did not repair (or otherwise touch) the flash.
    expect(stateFlash(state).data.equals(data)).toBe(true)
  })
})
