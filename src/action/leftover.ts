// Finds and stops an OpenOCD that a main step left running (cancelled job,
// crash). Pids are reused, and on a lab host another job's OpenOCD may get
// ours, so a pid is only signalled while it is still the very process main
// started: same start time, still an openocd. That needs /proc (Linux); on
// other systems the runner's end-of-job process cleanup remains the backstop.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { readProcStat } from '../board/liveness.js'
import { signalGroup } from '../util/children.js'

interface ProcessInfo {
  argv: string[]
  /** Field 22 of /proc/<pid>/stat: clock ticks from boot to the process's start. */
  start: string
  zombie: boolean
}

/** The process's start time, to save alongside its pid; undefined when it cannot be read. */
export function processStart(pid: number): string | undefined {
  return readProcess(pid)?.start
}

function readProcess(pid: number): ProcessInfo | undefined {
  const stat = readProcStat(pid)
  if (!stat) return undefined
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
    return { argv, start: String(stat.startTime), zombie: stat.state === 'Z' }
  } catch {
    return undefined
  }
}

// `exec`-ing wrappers (as xPack's) leave openocd as argv[0]; a shell wrapper
// still starting has it as argv[1]. Vendor builds are named openocd-esp32 etc.
function isOpenOcd(argv: string[]): boolean {
  return argv.slice(0, 2).some((a) => path.basename(a).startsWith('openocd'))
}

export type LeftoverOutcome =
  /** Not running any more: nothing to do. */
  | 'gone'
  /** The pid now belongs to another process; it was left alone. */
  | 'reused'
  /** Cannot tell on this system; left to the runner. */
  | 'unknown'
  | 'stopped'
  | 'still-running'

/** SIGTERM to the process group (OpenOCD was started as its leader), then SIGKILL after `graceMs`. */
export async function stopLeftoverOpenOcd(
  pid: number,
  start: string | undefined,
  graceMs = 3000,
): Promise<LeftoverOutcome> {
  if (process.platform !== 'linux') return 'unknown'
  const ours = () => {
    const info = readProcess(pid)
    if (info === undefined || info.zombie) return 'gone'
    return (start === undefined || info.start === start) && isOpenOcd(info.argv) ? 'ours' : 'reused'
  }
  const first = ours()
  if (first !== 'ours') return first
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    signalGroup(pid, signal)
    const until = Date.now() + graceMs
    while (Date.now() < until) {
      if (ours() !== 'ours') return 'stopped'
      await sleep(50)
    }
  }
  return 'still-running'
}
