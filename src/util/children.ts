// Keeps track of the long-running child processes we start (OpenOCD) so that
// none outlives us: on normal exit they are killed, and on SIGINT, SIGTERM or
// SIGHUP (a closed terminal) they are killed before the signal takes its
// course, unless someone else handles the signal.
import type { ChildProcess } from 'node:child_process'

/** The signals that end us and so must end our children. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

const live = new Set<ChildProcess>()
let handlersInstalled = false

function killAll(signal: NodeJS.Signals): void {
  for (const child of live) killGroup(child, signal)
}

/**
 * Signals a process group (our long-running children are started detached, as
 * group leaders), or the process alone if it leads none. False if it is gone.
 */
export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    try {
      process.kill(pid, signal)
      return true
    } catch {
      return false
    }
  }
}

/** Signals the child's whole process group, unless it has exited. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  signalGroup(child.pid, signal)
}

function onSignal(signal: NodeJS.Signals): void {
  // Someone else handles the signal (the CLI and the action stop the run and
  // shut OpenOCD down cleanly, then exit): leave it to them; the exit hook
  // remains the backstop.
  if (process.listenerCount(signal) > 1) return
  killAll('SIGKILL')
  removeHandlers()
  // Let the signal do what it would have done had we not been listening.
  process.kill(process.pid, signal)
}

const onExit = () => killAll('SIGKILL')

function installHandlers(): void {
  if (handlersInstalled) return
  handlersInstalled = true
  process.on('exit', onExit)
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal)
}

function removeHandlers(): void {
  if (!handlersInstalled) return
  handlersInstalled = false
  process.off('exit', onExit)
  for (const signal of STOP_SIGNALS) process.off(signal, onSignal)
}

/** Registers a child to be killed if this process exits or is signalled. */
export function trackChild(child: ChildProcess): void {
  live.add(child)
  installHandlers()
  child.once('exit', () => {
    live.delete(child)
    if (live.size === 0) removeHandlers()
  })
}
