// Is the process that wrote a lock file still running? Used to take over
// locks of holders that died without releasing (kill -9, runner crash).
import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'

/** Who wrote a lock file, as recorded in it. */
export interface ProcessIdentity {
  pid: number
  hostname: string
  /** Start time from /proc/<pid>/stat (clock ticks since boot), Linux only. */
  processStart?: number
}

export interface ProcStat {
  state: string
  startTime: number
}

// Fields after the command name, which is in parentheses and may itself
// contain spaces and parentheses: state is field 3, starttime field 22.
export function readProcStat(pid: number): ProcStat | undefined {
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const startTime = Number(fields[22 - 3])
  return Number.isSafeInteger(startTime) ? { state: fields[0] ?? '', startTime } : undefined
}

/** Undefined where /proc is not available. */
export function processStartTime(pid: number): number | undefined {
  return readProcStat(pid)?.startTime
}

export function currentProcess(): ProcessIdentity {
  return { pid: process.pid, hostname: hostname(), processStart: processStartTime(process.pid) }
}

/**
 * False only when sure the process is gone: same host, and its pid is free,
 * a zombie, or now belongs to a process that started at another time.
 */
export function isProcessAlive(owner: ProcessIdentity): boolean {
  // Another host (or container) has its own pids; we cannot judge them.
  if (owner.hostname !== hostname()) return true
  try {
    process.kill(owner.pid, 0)
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false
  }
  const stat = readProcStat(owner.pid)
  if (!stat) return true
  if (stat.state === 'Z') return false
  return owner.processStart === undefined || stat.startTime === owner.processStart
}
