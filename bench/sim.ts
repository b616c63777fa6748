// Virtual target benchmark: whole OpenOCD sessions against a simulated
// STM32F103 on a unix socket, with the simulator's own CPU share.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { tclWord } from '../src/openocd/tcl.js'
import { openocdArgs, startVirtualTarget, type VirtualTarget } from '../src/sim/index.js'

const RUNS = 3

interface Case {
  name: string
  targetSeconds: number
  commands: (dir: string) => string[]
}

const CASES: Case[] = [
  { name: 'init + reset halt', targetSeconds: 0.5, commands: () => [] },
  {
    name: 'flash read_bank 64 KiB',
    targetSeconds: 2,
    commands: (dir) => [`flash read_bank 0 ${tclWord(join(dir, 'bank.bin'))}`],
  },
  {
    name: 'write_image erase + verify_image 4 KiB',
    targetSeconds: 2.5,
    commands: (dir) => {
      const image = join(dir, 'image.bin')
      writeFileSync(
        image,
        Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7 + (i >> 8)) & 0xff)),
      )
      return [
        `flash write_image erase ${tclWord(image)} 0x08000000`,
        `flash verify_image ${tclWord(image)} 0x08000000`,
      ]
    },
  },
]

interface Sample {
  seconds: number
  simulatorCpu: number
}

async function session(target: VirtualTarget, commands: string[]): Promise<Sample> {
  const args = [
    ...openocdArgs(target.openocdConfig()),
    ...['-c', 'gdb_port disabled', '-c', 'telnet_port disabled', '-c', 'tcl_port disabled'],
    ...['init', 'reset halt', ...commands, 'shutdown'].flatMap((command) => ['-c', command]),
  ]
  const cpu = process.cpuUsage()
  const start = performance.now()
  const openocd = spawn('openocd', args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let log = ''
  openocd.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => openocd.once('exit', resolve))
  const seconds = (performance.now() - start) / 1000
  if (code !== 0) throw new Error(`openocd failed (exit ${code}):\n${log}`)
  const used = process.cpuUsage(cpu)
  return { seconds, simulatorCpu: (used.user + used.system) / 1e6 / seconds }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function benchmarkSimulator(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'openocd-flash-bench-'))
  const target = await startVirtualTarget({ chip: 'stm32f103' })
  try {
    console.log(
      `virtual target: ${target.part}, unix socket, median of ${RUNS} runs, whole OpenOCD process\n`,
    )
    console.log(
      `${'operation'.padEnd(42)} ${'time'.padStart(8)} ${'target'.padStart(8)} ${'sim CPU'.padStart(9)}`,
    )
    let worstCpu = 0
    for (const c of CASES) {
      const samples: Sample[] = []
      for (let i = 0; i < RUNS; i++) samples.push(await session(target, c.commands(dir)))
      const seconds = median(samples.map((s) => s.seconds))
      const cpu = median(samples.map((s) => s.simulatorCpu))
      worstCpu = Math.max(worstCpu, cpu)
      const time = `${seconds.toFixed(2)} s`.padStart(8)
      const target_ = `≤${c.targetSeconds} s`.padStart(8)
      console.log(
        `${c.name.padEnd(42)} ${time} ${target_} ${`${(cpu * 100).toFixed(0)}%`.padStart(9)}`,
      )
    }
    console.log(
      `\nsimulator CPU time, worst case: ${(worstCpu * 100).toFixed(0)}% of wall time (target ≤35%)`,
    )
  } finally {
    await target.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
