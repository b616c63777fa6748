// A corpus of malformed step files: each is rejected with exit code 2 and a
// message naming the file and line, before OpenOCD or the probe are touched.
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runStepFile } from '../../src/engine/run.js'
import { parseVirtualRef } from '../../src/board/virtual.js'
import { runCli } from '../support/cli.js'
import { formatProblem } from '../../src/util/yaml-schema.js'

const dir = path.resolve('test/fixtures/steps/invalid')
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .sort()

// An "OpenOCD" that leaves a mark if anything ever starts it.
const work = mkdtempSync(path.join(os.tmpdir(), 'ofl-invalid-'))
const marker = path.join(work, 'openocd-was-started')
const fakeOpenOcd = path.join(work, 'openocd')
writeFileSync(fakeOpenOcd, `#!/bin/sh\ntouch '${marker}'\nexec openocd "$@"\n`)
chmodSync(fakeOpenOcd, 0o755)

describe('malformed step files', () => {
  it('has a corpus of at least 20', () => {
    expect(files.length).toBeGreaterThanOrEqual(20)
  })

  for (const name of files) {
    it(`rejects ${name}`, async () => {
      const file = path.join(dir, name)
      const [, line, pattern] = /^# expect: (\d+) (.*)$/m.exec(readFileSync(file, 'utf8'))!
      const out = mkdtempSync(path.join(work, 'out-'))
      const outcome = await runStepFile({
        stepFile: file,
        board: parseVirtualRef('virtual:stm32f103')!,
        openocd: { binary: fakeOpenOcd },
        outDir: out,
      })
      expect(outcome.exitCode).toBe(2)
      expect(outcome.report.result).toBe('invalid-input')
      const problems = outcome.report.problems.map(formatProblem).join('\n')
      expect(problems).toMatch(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+: `, 'm'),
      )
      expect(problems).toMatch(new RegExp(pattern, 'i'))
      // the report is written even so, and OpenOCD never ran
      expect(JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).exitCode).toBe(2)
      expect(existsSync(marker)).toBe(false)
    })
  }

  it('exits 2 from the command line, naming the file and line', async () => {
    const file = path.join(dir, '10-missing-image.yml')
    const r = await runCli([
      'run',
      file,
      '--board',
      'virtual:stm32f103',
      '--openocd',
      fakeOpenOcd,
      '--no-lock',
      '--out',
      path.join(work, 'cli'),
    ])
    expect(r.code).toBe(2)
    expect(r.stdout + r.stderr).toContain(`${file}:4:`)
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /) // no stack trace
    // GitLab's Code Quality and Jenkins' Warnings NG place the problem at its line.
    const repoFile = 'test/fixtures/steps/invalid/10-missing-image.yml'
    const read = (name: string) => readFileSync(path.join(work, 'cli', name), 'utf8')
    const [quality] = JSON.parse(read('code-quality.json'))
    expect(quality.location).toEqual({ path: repoFile, lines: { begin: 4 } })
    const [issue] = JSON.parse(read('issues.json')).issues
    expect(issue).toMatchObject({ fileName: repoFile, lineStart: 4, severity: 'ERROR' })
    expect(read('outputs.env')).toContain('OPENOCD_FLASH_RESULT=invalid-input\n')
    expect(existsSync(marker)).toBe(false)
  })

  it('exits 2 for a bad option or an unknown board', async () => {
    const file = path.join(dir, '09-bad-reset.yml')
    expect((await runCli(['run', file, '--board', 'virtual:stm32f999'])).code).toBe(2)
    expect((await runCli(['run', file, '--frobnicate'])).code).toBe(2)
    expect((await runCli(['run'])).code).toBe(2)
  })
})
