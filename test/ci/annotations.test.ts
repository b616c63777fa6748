// Annotations come from the report's structured problems and failed steps,
// never from parsing text back; GitLab and Jenkins get them in their formats.
import { describe, expect, it } from 'vitest'
import { annotations, repoPath } from '../../src/ci/annotations.js'
import { codeQuality, dotenv } from '../../src/ci/gitlab.js'
import { warningsNg } from '../../src/ci/jenkins.js'
import { runOutputs } from '../../src/ci/outputs.js'
import { fitSummary } from '../../src/ci/summary.js'
import type { Report, StepRecord } from '../../src/report/model.js'

function report(over: Partial<Report>): Report {
  return {
    schema: 'openocd-flash/report/v1',
    tool: { name: 'openocd-flash', version: '0' },
    openocd: {},
    board: { name: 'b' },
    stepFile: 'ci/steps.yml',
    startedAt: '',
    finishedAt: '',
    durationMs: 0,
    dryRun: false,
    result: 'invalid-input',
    exitCode: 2,
    banksBefore: [],
    banksAfter: [],
    steps: [],
    activity: [],
    problems: [],
    ...over,
  }
}

const step = (over: Partial<StepRecord>): StepRecord => ({
  index: 0,
  name: 'write app',
  kind: 'write',
  line: 7,
  status: 'failed',
  plan: [],
  files: [],
  notes: [],
  ...over,
})

describe('annotations', () => {
  it('places a problem at its line and column, even when its message holds a colon and digits', () => {
    const r = report({
      problems: [
        {
          file: 'ci/steps.yml',
          line: 3,
          column: 5,
          path: 'steps[0].size',
          message: "'16Q' is not a size: 12:34: like 16K",
        },
      ],
    })
    expect(annotations(r, { file: 'ci/steps.yml', repoPath: 'ci/steps.yml' })).toEqual([
      {
        title: 'Invalid step file',
        message: "'16Q' is not a size: 12:34: like 16K (steps[0].size)",
        file: 'ci/steps.yml',
        line: 3,
        column: 5,
      },
    ])
  })

  it('names the line in the message when the steps are not a file in the workspace', () => {
    const r = report({
      result: 'step-failed',
      steps: [step({ error: { message: 'no ack' } })],
    })
    expect(annotations(r, { file: '<steps input>' })).toEqual([
      {
        title: 'Step 1 (write app) failed',
        message: '<steps input> line 7: Step 1 (write app) failed: no ack',
      },
    ])
  })

  it('says nothing of steps a cancelled job interrupted', () => {
    const r = report({ result: 'cancelled', steps: [step({})] })
    expect(annotations(r, { file: 'x.yml', repoPath: 'x.yml' })).toEqual([])
  })

  it('finds the path relative to the workspace, or none outside it', () => {
    expect(repoPath('ci/steps.yml', '/w')).toBe('ci/steps.yml')
    expect(repoPath('/elsewhere/steps.yml', '/w')).toBeUndefined()
  })
})

describe('GitLab and Jenkins', () => {
  const found = [
    { title: 'Step 1 failed', message: 'no ack', file: 'a.yml', line: 4 },
    { title: 'Invalid step file', message: 'inline line 2: bad' },
  ]

  it('Code Quality lists the placed annotations with stable fingerprints', () => {
    const issues = codeQuality(found)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ location: { path: 'a.yml', lines: { begin: 4 } } })
    expect(issues[0].fingerprint).toBe(codeQuality(found)[0].fingerprint)
    expect(issues[0].fingerprint).not.toBe(codeQuality([{ ...found[0], line: 5 }])[0].fingerprint)
  })

  it('Warnings NG lists every annotation', () => {
    expect(warningsNg(found).issues).toEqual([
      expect.objectContaining({ fileName: 'a.yml', lineStart: 4, message: 'no ack' }),
      expect.objectContaining({ fileName: '-', lineStart: 0 }),
    ])
  })

  it('the dotenv report holds one line per output', () => {
    const r = report({ result: 'success', exitCode: 0 })
    const text = dotenv({ ...runOutputs(r, '/r/report.json'), 'backup-sha256': 'aa\nbb' })
    expect(text.split('\n')).toEqual([
      'OPENOCD_FLASH_RESULT=success',
      'OPENOCD_FLASH_REPORT=/r/report.json',
      'OPENOCD_FLASH_BACKUP_SHA256=aa bb',
      'OPENOCD_FLASH_IMAGE_SHA256=',
      'OPENOCD_FLASH_VERIFIED=false',
      '',
    ])
  })
})

describe('fitSummary', () => {
  it('keeps a short report whole and cuts a long one at a line, with a note', () => {
    expect(fitSummary('short\n', 10_000)).toBe('short\n')
    const long = 'x'.repeat(99) + '\n'
    const cut = fitSummary(long.repeat(100), 4096 + 1000)
    expect(Buffer.byteLength(cut)).toBeLessThan(4096 + 1000)
    expect(cut).toMatch(/^(x{99}\n)+\n_The report was cut/)
  })
})
