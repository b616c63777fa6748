// The flash map drawn from a known report: which sectors carry which marks,
// in the SVG and in the console strip, and that report.md links the SVG.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, describe, expect, it } from 'vitest'
import { flashMap, flashMapSvg, flashStrip } from '../../src/report/flash-map.js'
import type { BankRecord, Report, StepRecord } from '../../src/report/model.js'
import { writeReport } from '../../src/report/write.js'
import { RUN_FILES } from '../../src/plan/outputs.js'

const KIB = 1024
// The F407's bank 0 layout: 4 × 16 KiB, 64 KiB, 7 × 128 KiB.
const SIZES = [16, 16, 16, 16, 64, 128, 128, 128, 128, 128, 128, 128].map((k) => k * KIB)
function f407(protectedSectors: number[] = []): BankRecord {
  let offset = 0
  const sectors = SIZES.map((size, index) => {
    const s = { index, offset, size, protected: protectedSectors.includes(index) }
    offset += size
    return s
  })
  return {
    index: 0,
    name: 'stm32f4x.flash <&>',
    driver: 'stm32f2x',
    base: 0x08000000,
    size: offset,
    target: 'stm32f4x.cpu',
    sectors,
    protectionBlocks: sectors,
  }
}

function step(index: number, kind: string, sectors: number[], status: StepRecord['status']) {
  return {
    index,
    name: `${kind} step`,
    kind,
    line: index + 3,
    status,
    plan: [{ bank: 0, sectors, blocks: kind === 'protect' ? sectors : [] }],
    files: [],
    notes: [],
  }
}

function report(over: Partial<Report>): Report {
  return {
    schema: 'openocd-flash/report/v1',
    tool: { name: 'openocd-flash', version: '0.0.0' },
    openocd: {},
    board: { name: 'virtual:stm32f407', virtual: 'stm32f407' },
    stepFile: 'steps.yml',
    startedAt: '',
    finishedAt: '',
    durationMs: 1,
    dryRun: false,
    result: 'success',
    exitCode: 0,
    banksBefore: [f407()],
    banksAfter: [f407([0])],
    steps: [],
    activity: [],
    problems: [],
    ...over,
  }
}

// Backed up all; wrote sectors 4-6 (5 failed verification), 7 already equal; protected 0.
const run = report({
  steps: [
    step(
      0,
      'backup',
      SIZES.map((_, i) => i),
      'passed',
    ),
    step(1, 'write', [4, 5, 6, 7], 'failed'),
    step(2, 'protect', [0], 'passed'),
  ],
  activity: [
    {
      bank: 0,
      backedUp: SIZES.map((_, i) => i),
      erased: [4, 5, 6],
      written: [4, 5, 6],
      skipped: [7],
      verified: [4, 6],
      verifyFailed: [5],
      protected: [0],
      unprotected: [],
    },
  ],
})

interface Group {
  'data-sector': string
  'data-marks': string
  rect: Array<{ x: string; width: string }> | { x: string; width: string }
}
function sectorsOf(svg: string): Group[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg)
  return doc.svg.g as Group[]
}
const first = (g: Group) => (Array.isArray(g.rect) ? g.rect[0] : g.rect)

describe('flash-map.svg', () => {
  const svg = flashMapSvg(flashMap(run))

  it('is well-formed XML, with the bank name escaped', () => {
    expect(XMLValidator.validate(svg)).toBe(true)
    expect(svg).toContain('stm32f4x.flash &#60;&#38;&#62;')
  })

  it('marks the sectors the run touched, each as it was touched', () => {
    const marks = sectorsOf(svg).map((g) => g['data-marks'])
    expect(marks[0]).toBe('protected backed-up')
    expect(marks[3]).toBe('backed-up')
    expect(marks[4]).toBe('backed-up erased written verified')
    expect(marks[5]).toBe('backed-up erased written failed')
    expect(marks[6]).toBe('backed-up erased written verified')
    expect(marks[7]).toBe('backed-up skipped')
  })

  it('draws sectors to scale', () => {
    const widths = sectorsOf(svg).map((g) => Number(first(g).width))
    expect(widths[5] / widths[0]).toBeCloseTo(8, 1)
    expect(widths[4] / widths[0]).toBeCloseTo(4, 1)
    const x = sectorsOf(svg).map((g) => Number(first(g).x))
    expect(x[1] - x[0]).toBeCloseTo(widths[0], 1)
  })

  it('a dry run shows the plan: planned backup, erase, write and protection', () => {
    const dry = report({
      dryRun: true,
      banksAfter: [],
      steps: [
        step(0, 'backup', [0, 1, 2, 3], 'planned'),
        step(1, 'erase', [8], 'planned'),
        step(2, 'write', [4, 5], 'planned'),
        step(3, 'protect', [0], 'planned'),
      ],
    })
    const maps = flashMap(dry)
    const dsvg = flashMapSvg(maps)
    expect(XMLValidator.validate(dsvg)).toBe(true)
    expect(dsvg).toContain('Plan for bank 0')
    const marks = sectorsOf(dsvg).map((g) => g['data-marks'])
    expect(marks.slice(0, 6)).toEqual([
      'backed-up protected',
      'backed-up',
      'backed-up',
      'backed-up',
      'written',
      'written',
    ])
    expect(marks[8]).toBe('erased')
    expect(marks[9]).toBe('')
    expect(flashStrip(maps, false)[0]).toBe(
      'planned bank 0 stm32f4x.flash <&> 0x08000000 1 MiB [BBBBWW··E···]',
    )
  })
})

describe('the console strip', () => {
  it('is one character per sector, plain without colour and painted with it', () => {
    const [line, legend] = flashStrip(flashMap(run), false)
    expect(line).toBe('bank 0 stm32f4x.flash <&> 0x08000000 1 MiB [BBBBVXVSBBBB]')
    expect(legend).toContain('X failed')
    // eslint-disable-next-line no-control-regex
    expect(flashStrip(flashMap(run), true)[0]).toMatch(/\x1b\[31mX\x1b\[0m/)
  })

  it('folds sectors on a bank with many into one character each few', () => {
    const bank: BankRecord = {
      ...f407(),
      size: 128 * KIB,
      sectors: Array.from({ length: 128 }, (_, index) => ({
        index,
        offset: index * KIB,
        size: KIB,
        protected: false,
      })),
    }
    const maps = flashMap(report({ banksAfter: [bank], banksBefore: [bank] }))
    const line = flashStrip(maps, false)[0]
    expect(line).toMatch(/\[·{64}\] \(2 sectors a character\)$/)
  })
})

describe('the report folder', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ofl-flash-map-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('holds flash-map.svg, which report.md links and outputs may not take', async () => {
    const files = await writeReport(dir, run)
    expect(files.flashMap).toBe(path.join(dir, 'flash-map.svg'))
    expect(XMLValidator.validate(readFileSync(files.flashMap!, 'utf8'))).toBe(true)
    expect(readFileSync(files.markdown, 'utf8')).toContain(
      'Flash map: [flash-map.svg](flash-map.svg)',
    )
    expect(RUN_FILES).toContain('flash-map.svg')
  })

  it('has no map for a run that never read the banks', async () => {
    const files = await writeReport(
      path.join(dir, 'none'),
      report({ banksBefore: [], banksAfter: [] }),
    )
    expect(files.flashMap).toBeUndefined()
    expect(readFileSync(files.markdown, 'utf8')).not.toContain('flash-map.svg')
  })
})
