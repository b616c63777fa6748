// The plan is the contract, through the CLI as a user runs it (real OpenOCD,
// the virtual target, a state file to compare flash bytes): images are
// checked before OpenOCD starts, the bytes read before connecting are the
// bytes programmed, and a failed erase or program names the first address
// and sector that is not as planned.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.js'
import { elf, pattern } from '../support/images.js'
import { readFlash } from '../support/virtual.js'
import { formatProblem } from '../../src/util/yaml-schema.js'

function workdir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ofl-contract-'))
  const put = (name: string, data: string | Buffer) => {
    writeFileSync(path.join(dir, name), data)
    return path.join(dir, name)
  }
  return { dir, put }
}

async function run(w: ReturnType<typeof workdir>, steps: string, extra: string[] = []) {
  const file = w.put('steps.yml', `version: 1\n${steps}`)
  const out = path.join(w.dir, `out-${Math.random().toString(36).slice(2)}`)
  const r = await runCli(['run', file, '--board', 'virtual:stm32f103', '--out', out, ...extra])
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'))
  return { ...r, report, file }
}

/** Programs `data` at `address` of the board kept in `state`, as the starting point of a test. */
async function seed(w: ReturnType<typeof workdir>, state: string, data: Buffer, address: number) {
  w.put('seed.bin', data)
  const file = `steps:\n  - write: { image: seed.bin, address: 0x${address.toString(16)} }\n`
  expect((await run(w, file, ['--state', state])).code).toBe(0)
}

describe('images and reference files are checked before OpenOCD starts (exit 2, file and line)', () => {
  const w = workdir()
  const goodElf = elf([{ address: 0x08000000, data: pattern(64, 1) }])
  const corruptElf = Buffer.from(goodElf)
  corruptElf.writeUInt32LE(0xfffff0, 0x1c) // program headers far past the end
  mkdirSync(path.join(w.dir, 'adir.bin'))
  const overlapping = elf([
    { address: 0x08000000, data: pattern(64, 1) },
    { address: 0x08000020, data: pattern(64, 2) },
  ])
  const cases: Array<[string, string, Buffer | string | undefined, RegExp]> = [
    ['a corrupt ELF', 'bad.elf', corruptElf, /run past the end/],
    [
      'a HEX with a bad checksum',
      'bad.hex',
      ':0400000001020304F0\n:00000001FF\n',
      /line 1: checksum error/,
    ],
    ['a truncated HEX', 'cut.hex', ':0400000001020304F2\n', /truncated/],
    ['an empty image', 'empty.bin', Buffer.alloc(0), /no data/],
    ['overlapping segments', 'overlap.elf', overlapping, /segments overlap at/],
    ['a directory as image', 'adir.bin', undefined, /not a regular file/],
  ]
  for (const [what, name, data, message] of cases) {
    it(what, async () => {
      if (data !== undefined) w.put(name, data)
      const r = await run(
        w,
        `steps:\n  - reset: halt\n  - write: { image: ${name}, address: 0x08000000 }\n`,
      )
      expect(r.code).toBe(2)
      expect(r.stdout).not.toContain('OpenOCD started')
      const problems = r.report.problems.map(formatProblem).join('\n')
      expect(problems).toContain(`${r.file}:4:`)
      expect(problems).toContain(name)
      expect(problems).toMatch(message)
    })
  }
  it('a directory as golden file', async () => {
    const r = await run(w, `steps:\n  - verify: { bank: 0, file: adir.bin }\n`)
    expect(r.code).toBe(2)
    expect(r.stdout).not.toContain('OpenOCD started')
    expect(r.report.problems.map(formatProblem).join('\n')).toMatch(
      /:3:.*adir\.bin.*not a regular file/,
    )
  })
})

describe('what is planned is what is programmed', () => {
  it('programs the image as read before connecting, though a step rewrites the file', async () => {
    const w = workdir()
    const state = path.join(w.dir, 'board.bin')
    const image = w.put('app.bin', pattern(1024, 3))
    // Sectors 0-3 hold data first; then a command overwrites app.bin with 4 KiB of flash
    // before the write runs. The plan said sector 0: only sector 0 may change.
    await seed(w, state, pattern(4096, 4), 0x08000000)
    const r = await run(
      w,
      `allow-raw-commands: true
steps:
  - command: 'flash read_bank 0 ${image} 0 0x1000'
  - write: { image: app.bin, address: 0x08000000 }
`,
      ['--state', state],
    )
    expect(r.code).toBe(0)
    expect(r.report.steps[1].plan).toEqual([{ bank: 0, sectors: [0], blocks: [] }])
    expect(r.report.steps[1].flash.banks[0]).toMatchObject({ erased: [0], programmed: [0] })
    // The report records the image as it was read, not as the command left it.
    const sha = createHash('sha256').update(pattern(1024, 3)).digest('hex')
    expect(r.report.steps[1].files[0]).toMatchObject({ role: 'image', bytes: 1024, sha256: sha })
    const flash = await readFlash('stm32f103', state, 0x08000000, 4096)
    expect(flash.subarray(0, 1024).equals(pattern(1024, 3))).toBe(true)
    expect(flash.subarray(1024).equals(pattern(4096, 4).subarray(1024))).toBe(true)
  })

  it('compares a bank with the reference file as read before connecting, though a step rewrites it', async () => {
    const w = workdir()
    const state = path.join(w.dir, 'board.bin')
    await seed(w, state, pattern(2048, 5), 0x08000000)
    // golden.bin holds what flash holds; a command then overwrites it with
    // other bytes (flash from 0x800) before the verify step runs.
    const golden = w.put('golden.bin', pattern(2048, 5))
    const r = await run(
      w,
      `allow-raw-commands: true
steps:
  - command: 'flash read_bank 0 ${golden} 0x800 0x800'
  - verify: { bank: 0, file: golden.bin }
`,
      ['--state', state],
    )
    expect(r.code, r.stdout).toBe(0)
    const sha = createHash('sha256').update(pattern(2048, 5)).digest('hex')
    expect(r.report.steps[1].files[0]).toMatchObject({
      role: 'reference',
      bytes: 2048,
      sha256: sha,
    })
    expect(readFileSync(golden).equals(pattern(2048, 5))).toBe(false)
  })
})

describe('a failed erase or program names the first address and sector not as planned', () => {
  it('program-fail at 0x08001010 is reported at 0x08001010, sector 4, with the PGERR it raised', async () => {
    const w = workdir()
    w.put('app.bin', pattern(64, 5))
    const r = await run(w, `steps:\n  - write: { image: app.bin, address: 0x08001000 }\n`, [
      '--fault',
      'program-fail:addr=0x08001010',
    ])
    expect(r.code).toBe(1)
    expect(r.report.steps[0].error.message).toMatch(
      /first address not as planned: 0x08001010 \(bank 0 sector 4\): flash controller status: PGERR \(programming error\); /,
    )
  })

  it('erase-fail of sector 7 is reported as sector 7', async () => {
    const w = workdir()
    const state = path.join(w.dir, 'board.bin')
    // sector 7 holds data, so that a failed erase leaves it not erased
    await seed(w, state, pattern(64, 6), 0x08001c00)
    const r = await run(w, `steps:\n  - erase: { sectors: 4-9 }\n`, [
      '--state',
      state,
      '--fault',
      'erase-fail:sector=7',
    ])
    expect(r.code).toBe(1)
    expect(r.report.steps[0].error.message).toMatch(
      /first address not as planned: 0x08001c00 \(bank 0 sector 7\)/,
    )
    expect(r.report.steps[0].error.openocd).toMatch(/erase|flash/i)
  })
})
