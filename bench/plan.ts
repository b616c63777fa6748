// The plan as a contract (issue 12), measured through the built CLI
// (`npm run build` first) on virtual boards with a state file: what an
// unchanged, a one-byte and a partial-sector write erase and cost, and the
// overhead of `openocd-flash run` over one raw OpenOCD command doing the same.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { tclWord } from '../src/openocd/tcl.js'
import { alternatingPairs, median } from './pairs.js'

const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js')
const KIB = 1024

interface WriteOutcome {
  ms: number
  erased: number[]
  skipped: number[]
  keptBytes: number
}

function data(size: number, seed: number): Buffer {
  return Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + seed + (i >> 8)) & 0xff))
}

async function exec(command: string, args: string[]): Promise<number> {
  const t0 = performance.now()
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let err = ''
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${err}`)
  return performance.now() - t0
}

class Board {
  private runs = 0
  constructor(
    readonly dir: string,
    readonly chip: string,
  ) {}

  /** Runs a step file through the CLI; returns the wall time in ms and report.json. */
  async run(steps: string) {
    const n = ++this.runs
    const file = join(this.dir, `${this.chip}-${n}.yml`)
    writeFileSync(file, `version: 1\nsteps:\n${steps}`)
    const out = join(this.dir, `${this.chip}-out-${n}`)
    const wall = await exec(process.execPath, [
      CLI,
      ...['run', file, '--board', `virtual:${this.chip}`, '--no-lock', '--out', out],
      ...['--state', join(this.dir, `${this.chip}.state`)],
    ])
    return { wall, report: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) }
  }

  /** Writes `image` at `address`; what the write step did, from its report. */
  async write(name: string, image: Buffer, address: number): Promise<WriteOutcome> {
    writeFileSync(join(this.dir, name), image)
    const { report } = await this.run(
      `  - write: { image: ${name}, address: 0x${address.toString(16)} }\n`,
    )
    const step = report.steps[0]
    const bank = step.flash.banks[0]
    return {
      ms: step.durationMs,
      erased: bank.erased,
      skipped: bank.skipped,
      keptBytes: bank.keptBytes,
    }
  }
}

const list = (xs: number[]) => (xs.length ? xs.join(',') : 'none')
const row = (what: string, o: WriteOutcome, extra = '') =>
  console.log(
    `  ${what.padEnd(46)}${`${o.ms} ms`.padStart(9)}  erased ${list(o.erased).padEnd(8)} kept ${String(o.keptBytes).padStart(6)} B${extra}`,
  )

async function layoutFigures(dir: string): Promise<void> {
  console.log('write step time and sectors erased (virtual board, state file, stock configs)')
  const f1 = new Board(dir, 'stm32f103')
  const image = data(16 * KIB, 1)
  const first = await f1.write('app.bin', image, 0x08000000)
  row('F103 16 KiB image, first write (blank)', first)
  const again = await f1.write('app.bin', image, 0x08000000)
  row(
    'F103 same image again',
    again,
    `  → ${(again.ms / first.ms).toFixed(2)}× the first (target ≤0.2×, 0 erased)`,
  )
  const changed = Buffer.from(image)
  changed[5000] ^= 0xff
  const oneByte = await f1.write('app.bin', changed, 0x08000000)
  row('F103 one byte changed at 0x08001388', oneByte, '  (target: sector 4 only)')
  const small = await f1.write('small.bin', data(100, 9), 0x08001000)
  row('F103 100 bytes at 0x08001000 over data', small, '  (target: 924 B kept)')

  const f4 = new Board(dir, 'stm32f407')
  const big = data(128 * KIB, 3)
  row('F407 128 KiB into sector 5 (blank)', await f4.write('big.bin', big, 0x08020000))
  const patch = data(4 * KIB, 77)
  const inside = await f4.write('patch.bin', patch, 0x08021000)
  row('F407 4 KiB changed inside 128 KiB sector 5', inside, '  (target: 124 KiB kept)')
}

/** Starts `openocd-flash sim` as its own process; resolves once it listens. */
async function startSim(socket: string, state: string) {
  const sim = spawn(
    process.execPath,
    [CLI, 'sim', '--chip', 'stm32f103', '--socket', socket, '--state', state],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  await new Promise<void>((resolve, reject) => {
    sim.stdout.on('data', (chunk: Buffer) => chunk.includes('listening') && resolve())
    sim.once('exit', (code) => reject(new Error(`openocd-flash sim exited (${code})`)))
  })
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        sim.once('exit', () => resolve())
        sim.kill('SIGTERM')
      }),
  }
}

/**
 * backup + write + reset: `openocd-flash run` against one raw OpenOCD command,
 * in pairs. Both start a virtual board from cold (the run starts its own;
 * the raw command gets `openocd-flash sim` started just before it), as each
 * would on a runner, so the ratio is the cost of the tool itself.
 */
async function overhead(dir: string): Promise<void> {
  // Single runs on a shared 2-core machine vary by ±15 %: 9 pairs for the median.
  const PAIRS = 9
  const images = [data(16 * KIB, 11), data(16 * KIB, 12)].map((d, i) => {
    const file = join(dir, `overhead-${i}.bin`)
    writeFileSync(file, d)
    return file
  })
  const board = new Board(dir, 'stm32f103')
  const socket = join(dir, 'raw.sock')
  const config = [
    ...['adapter driver remote_bitbang', 'remote_bitbang port 0', `remote_bitbang host ${socket}`],
    'transport select jtag',
  ].flatMap((c) => ['-c', c])
  // Alternate the images, so that every write has all its sectors to change.
  const image = (pair: number) => images[pair % 2]
  const viaTool = async (pair: number) =>
    (
      await board.run(
        `  - backup: { bank: 0 }\n  - write: { image: ${image(pair)}, address: 0x08000000 }\n  - reset: run\n`,
      )
    ).wall
  const viaOpenOcd = async (pair: number) => {
    const commands = [
      'gdb_port disabled',
      'telnet_port disabled',
      'tcl_port disabled',
      'init',
      'reset halt',
      `flash read_bank 0 ${tclWord(join(dir, `raw-backup-${pair}.bin`))}`,
      `flash write_image erase ${tclWord(image(pair))} 0x08000000`,
      `flash verify_image ${tclWord(image(pair))} 0x08000000`,
      'reset run',
      'shutdown',
    ]
    const t0 = performance.now()
    const sim = await startSim(socket, join(dir, 'raw.state'))
    try {
      await exec('openocd', [
        ...config,
        ...['-f', 'target/stm32f1x.cfg'],
        ...commands.flatMap((c) => ['-c', c]),
      ])
    } finally {
      await sim.stop()
    }
    return performance.now() - t0
  }
  const { a: ours, b: raw } = await alternatingPairs(PAIRS, viaTool, viaOpenOcd)
  const ratios = ours.map((o, i) => o / raw[i])
  const extra = ours.map((o, i) => o - raw[i])
  console.log(
    `\nbackup + write 16 KiB + reset, ${PAIRS} alternating pairs, each from a cold virtual board: ` +
      `openocd-flash run ${(median(ours) / 1000).toFixed(2)} s, raw openocd ${(median(raw) / 1000).toFixed(2)} s; ` +
      `median ratio ${median(ratios).toFixed(2)}×, median extra ${median(extra).toFixed(0)} ms ` +
      `(target ≤1.10×; 1.26× before, measured against an already running board)`,
  )
}

export async function benchmarkPlan(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'openocd-flash-bench-plan-'))
  try {
    await layoutFigures(dir)
    await overhead(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
