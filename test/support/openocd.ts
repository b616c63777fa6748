// Helpers for tests that run the real OpenOCD binary without a target.
import type { OpenOcdConfigItem } from '../../src/openocd/config.js'

/** OpenOCD with the dummy adapter and no target: RPC works, `init` is skipped. */
export const DUMMY: OpenOcdConfigItem[] = [
  { command: 'adapter driver dummy' },
  { command: 'transport select jtag' },
]

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Waits until `pid` is gone, at most `ms`. */
export async function waitGone(pid: number, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (!isAlive(pid)) return true
    await new Promise((r) => setTimeout(r, 20))
  }
  return !isAlive(pid)
}
