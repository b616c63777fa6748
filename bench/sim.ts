// Virtual target benchmark: whole OpenOCD processes (stock target configs)
// against both simulated chips on a unix socket. Prints each operation's
// time beside the figure from before the core executed code (issue 11:
// OpenOCD fell back to one debug access per halfword), the ratios the
// targets are stated in, and where the time goes: the simulator's CPU,
// OpenOCD's CPU, and the rest (both waiting on the socket or the machine).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { tclWord } from '../src/openocd/tcl.js'
import { openocdArgs, startVirtualTarget, type VirtualTarget } from '../src/sim/index.js'

const KIB = 1024
const FLASH = 0x08000000

interface Case {
  name: string
  /** The figure measured with WORKAREASIZE 0 (issue 11), in seconds. */
  before?: string
  runs: number
  commands: (dir: string) => string[]
}

interface Sample {
  seconds: number
  simulatorCpu: number
  openocdCpu: number
}

interface Result extends Sample {
  name: string
  before?: string
}

function image(dir: string, size: number): string {
  const file = join(dir, `image-${size}.bin`)
  writeFileSync(
    file,
    Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + (i >> 8)) & 0xff)),
  )
  return tclWord(file)
}

const writeAndVerify = (size: number) => (dir: string) => {
  const file = image(dir, size)
  return [`flash write_image erase ${file} ${FLASH}`, `flash verify_image ${file} ${FLASH}`]
}

const readBank = (size: number) => (dir: string) => [
  `flash read_bank 0 ${tclWord(join(dir, 'bank.bin'))} 0 ${size}`,
]

const CHIPS = [
  {
    chip: 'stm32f103',
    cases: [
      { name: 'init + reset halt', runs: 3, commands: () => [] },
      { name: 'read_bank 64 KiB', runs: 3, commands: readBank(64 * KIB) },
      {
        name: 'write_image erase + verify_image 64 KiB',
        before: '41–51 s',
        runs: 3,
        commands: writeAndVerify(64 * KIB),
      },
    ],
  },
  {
    chip: 'stm32f407',
    cases: [
      { name: 'init + reset halt', runs: 3, commands: () => [] },
      {
        name: 'write_image erase + verify_image 256 KiB',
        before: '195 s',
        runs: 1,
        commands: writeAndVerify(256 * KIB),
      },
      { name: 'read_bank 1 MiB', before: '25 s', runs: 1, commands: readBank(1024 * KIB) },
    ],
  },
] as const satisfies readonly { chip: string; cases: readonly Case[] }[]

/** CPU seconds of this process's children that have been waited for (utime + stime). */
function childrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
  // After "pid (comm) ", field 16 cutime and 17 cstime are at indexes 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / 100
}

async function session(target: VirtualTarget, commands: string[]): Promise<Sample> {
  const args = [
    ...openocdArgs(target.openocdConfig()),
    ...['-c', 'gdb_port disabled', '-c', 'telnet_port disabled', '-c', 'tcl_port disabled'],
    ...['init', 'reset halt', ...commands, 'shutdown'].flatMap((command) => ['-c', command]),
  ]
  const cpu = process.cpuUsage()
  const children = childrenCpu()
  const start = performance.now()
  const openocd = spawn('openocd', args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let log = ''
  openocd.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => openocd.once('exit', resolve))
  const seconds = (performance.now() - start) / 1000
  if (code !== 0) throw new Error(`openocd failed (exit ${code}):\n${log}`)
  if (/falling back|no working area|couldn't use block writes/iu.test(log))
    throw new Error(`openocd did not use its flash loader:\n${log}`)
  const used = process.cpuUsage(cpu)
  return {
    seconds,
    simulatorCpu: (used.user + used.system) / 1e6,
    openocdCpu: childrenCpu() - children,
  }
}

function median(samples: Sample[]): Sample {
  const sorted = [...samples].sort((a, b) => a.seconds - b.seconds)
  return sorted[Math.floor(sorted.length / 2)]
}

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`

export async function benchmarkSimulator(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'openocd-flash-bench-'))
  const results = new Map<string, Result[]>()
  try {
    console.log('virtual target, stock target configs, unix socket, whole OpenOCD process')
    console.log('(median of the runs; "before": WORKAREASIZE 0, no code executed, issue 11)\n')
    const header = ['operation', 'runs', 'before', 'now', 'KiB/s', 'sim CPU', 'OpenOCD CPU']
    console.log(
      `${header[0].padEnd(52)}${header
        .slice(1)
        .map((h) => h.padStart(h === 'OpenOCD CPU' ? 13 : 9))
        .join('')}`,
    )
    for (const { chip, cases } of CHIPS) {
      const target = await startVirtualTarget({ chip })
      const rows: Result[] = []
      try {
        for (const c of cases as readonly Case[]) {
          const samples: Sample[] = []
          for (let i = 0; i < c.runs; i++) samples.push(await session(target, c.commands(dir)))
          const sample = median(samples)
          rows.push({ name: c.name, before: c.before, ...sample })
          const size = /(\d+) (KiB|MiB)/u.exec(c.name)
          const kib = size ? Number(size[1]) * (size[2] === 'MiB' ? 1024 : 1) : 0
          console.log(
            `${`${target.part} ${c.name}`.padEnd(52)}${String(c.runs).padStart(9)}${(
              c.before ?? ''
            ).padStart(9)}${`${sample.seconds.toFixed(1)} s`.padStart(9)}${(kib
              ? (kib / sample.seconds).toFixed(1)
              : ''
            ).padStart(9)}${percent(sample.simulatorCpu, sample.seconds).padStart(9)}${percent(
              sample.openocdCpu,
              sample.seconds,
            ).padStart(13)}`,
          )
        }
      } finally {
        await target.close()
      }
      results.set(chip, rows)
    }
    summary(results)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function summary(results: Map<string, Result[]>): void {
  const find = (chip: string, prefix: string) =>
    results.get(chip)!.find((r) => r.name.startsWith(prefix))!
  const f1Read = find('stm32f103', 'read_bank')
  const f1Write = find('stm32f103', 'write_image')
  const f4Write = find('stm32f407', 'write_image')
  const f4Read = find('stm32f407', 'read_bank')
  const ratio = f1Write.seconds / f1Read.seconds
  console.log('\ntargets (issue 11):')
  console.log(
    `  F103 64 KiB write + verify / 64 KiB read_bank: ${ratio.toFixed(2)}× (target ≤3×; about 20× before)`,
  )
  console.log(
    `  F407 256 KiB write + verify: ${f4Write.seconds.toFixed(1)} s (target ≤20 s; 195 s before)`,
  )
  const words = (1024 * KIB) / 4
  console.log(
    `  F407 1 MiB read_bank: ${f4Read.seconds.toFixed(1)} s, ${((f4Read.seconds / words) * 1e6).toFixed(0)} µs per 32-bit word; ` +
      `OpenOCD ${percent(f4Read.openocdCpu, f4Read.seconds)} CPU, simulator ${percent(f4Read.simulatorCpu, f4Read.seconds)}. ` +
      'It is bound by one socket round trip per word: remote_bitbang answers each DRW read scan before OpenOCD sends the next.',
  )
  const all = [...results.values()].flat()
  const wall = all.reduce((sum, r) => sum + r.seconds, 0)
  const sim = all.reduce((sum, r) => sum + r.simulatorCpu, 0)
  const ocd = all.reduce((sum, r) => sum + r.openocdCpu, 0)
  console.log(
    `\nshare of wall time, all runs: simulator CPU ${percent(sim, wall)}, OpenOCD CPU ${percent(ocd, wall)}, ` +
      `the rest waiting (socket round trips, a busy machine) ${percent(Math.max(0, wall - sim - ocd), wall)}`,
  )
}
