import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { artifactUrl, writeSummary } from '../../src/action/summary.js'

const MiB = 1024 * 1024
let dir: string
let file: string

// core.summary keeps the path it saw first, so every test writes to one file.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summary-'))
  file = join(dir, 'step_summary')
  vi.stubEnv('GITHUB_STEP_SUMMARY', file)
})

beforeEach(() => writeFile(file, ''))

afterAll(async () => {
  vi.unstubAllEnvs()
  await rm(dir, { recursive: true, force: true })
})

describe('writeSummary', () => {
  it('writes the report and a link to the artifact', async () => {
    await writeSummary('## openocd-flash: ✅ success\n', {
      artifact: { name: 'report', url: 'https://github.com/o/r/actions/runs/1/artifacts/7' },
    })
    expect(await readFile(file, 'utf8')).toBe(
      '## openocd-flash: ✅ success\n\n\nReport artifact: [report](https://github.com/o/r/actions/runs/1/artifacts/7)\n\n',
    )
  })

  it('cuts a report over 1 MiB at a line, so the runner does not drop the summary', async () => {
    const line = (i: number) => `| ${i} | sector ✅ ${'x'.repeat(60)} |`
    const lines = Array.from({ length: 30_000 }, (_, i) => line(i))
    const markdown = lines.join('\n') + '\n'
    expect(Buffer.byteLength(markdown)).toBeGreaterThan(2 * MiB)

    await writeSummary(markdown, { artifact: { name: 'report' } })

    const written = await readFile(file, 'utf8')
    expect(Buffer.byteLength(written)).toBeLessThanOrEqual(MiB)
    expect(Buffer.byteLength(written)).toBeGreaterThan(MiB - 8 * 1024)
    const [report, rest] = written.split('\n\n_The report was cut')
    expect(
      report
        .trimEnd()
        .split('\n')
        .every((l, i) => l === line(i)),
    ).toBe(true)
    expect(rest).toContain('report.md in the artifact')
    expect(written.endsWith('Report artifact: `report`\n\n')).toBe(true)
  })
})

describe('artifactUrl', () => {
  it('is the run page of the artifact, when the runner names the run', () => {
    const env = {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '9',
    }
    expect(artifactUrl(42, env)).toBe('https://github.com/o/r/actions/runs/9/artifacts/42')
    expect(artifactUrl(42, {})).toBeUndefined()
  })
})
