// A scratch lab for the agent tests: an inventory, a lock folder, step files
// and a report folder per job, all in one temp folder; jobs are separate
// `openocd-flash run` processes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { stringify } from 'yaml'
import type { Report } from '../../src/report/model.js'
import { spawnCli, type CliProcess } from '../support/cli.js'

export interface Job extends CliProcess {
  out: string
  report(): Report
}

export interface Lab {
  root: string
  lockDir: string
  inventory: string
  /** Writes a file into the lab folder; returns its path. */
  put(name: string, data: string | Buffer): string
  /** `openocd-flash run STEPS --board BOARD` on this lab's inventory and locks; `extra` options win. */
  run(stepFile: string, board: string, extra?: string[]): Job
  remove(): void
}

/** `boards` may be a function of the lab's folder, for entries that name files in it. */
export function makeLab(
  boards: Record<string, unknown> | ((root: string) => Record<string, unknown>),
): Lab {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ofl-agent-'))
  const put = (name: string, data: string | Buffer) => {
    const file = path.join(root, name)
    writeFileSync(file, data)
    return file
  }
  const inventory = put(
    'boards.yml',
    stringify({ version: 1, boards: typeof boards === 'function' ? boards(root) : boards }),
  )
  const lockDir = path.join(root, 'locks')
  let jobs = 0
  const run = (stepFile: string, board: string, extra: string[] = []): Job => {
    const out = path.join(root, `out-${++jobs}`)
    const args = ['run', stepFile, '--board', board, '--inventory', inventory]
    // A lock timeout far beyond any job here: a busy machine only makes jobs wait longer.
    args.push('--lock-dir', lockDir, '--lock-timeout', '10m', '--out', out, ...extra)
    const job = spawnCli(args)
    const report = () => JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report
    return { ...job, out, report }
  }
  const remove = () => rmSync(root, { recursive: true, force: true })
  return { root, lockDir, inventory, put, run, remove }
}

/** A virtual `chip` whose flash is kept in `state` (relative to the inventory). */
export const virtualBoard = (chip: string, state: string) => ({ virtual: { chip, state } })

/** A virtual STM32F103 whose flash is kept in `state`. */
export const virtualF103 = (state: string) => virtualBoard('stm32f103', state)

/** A step file that keeps the probe for `ms`, after doing `steps`. */
export function holdSteps(ms: number, steps: object[] = []): string {
  return stringify({
    version: 1,
    'allow-raw-commands': true,
    steps: [...steps, { name: `hold the probe ${ms} ms`, command: `sleep ${ms}` }],
  })
}

const POWER_SWITCH = path.resolve('test/fixtures/power/virtual-power.mjs')

/** Power-cycle commands for a virtual board's power switch at `socket`, as uhubctl's for a hub port. */
export const switchCommands = (socket: string) => ({
  off: [process.execPath, POWER_SWITCH, socket, 'off'],
  on: [process.execPath, POWER_SWITCH, socket, 'on'],
})

/** A step that writes a .bin at an address (and verifies it, as writes do). */
export const writeStep = (image: string, address: number) => ({ write: { image, address } })

export function stepFile(steps: object[], settings: object = {}): string {
  return stringify({ version: 1, ...settings, steps })
}

/** From the first step's start to the last step's end, in ms since the epoch. */
export function stepSpan(report: Report): { start: number; end: number } {
  const ranges = report.steps.map((s) => {
    const start = Date.parse(s.startedAt!)
    return { start, end: start + s.durationMs! }
  })
  return {
    start: Math.min(...ranges.map((r) => r.start)),
    end: Math.max(...ranges.map((r) => r.end)),
  }
}

/** The main flash of a virtual board's state file (see src/sim/state-file.ts). */
export function stateFlash(file: string): { data: Buffer; offset: number } {
  const data = readFileSync(file)
  return { data, offset: data.indexOf(0x0a) + 1 }
}
