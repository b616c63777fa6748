// Temporary folders named after the process that owns them, so that one
// left by an owner that died without cleaning up (SIGKILL) is removed by the
// next process that makes one with the same prefix.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function ownedTempDir(prefix: string): string {
  removeStale(prefix)
  return mkdtempSync(path.join(os.tmpdir(), `${prefix}${process.pid}-`))
}

function removeStale(prefix: string): void {
  const name = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-[\\w]{6}$`)
  let entries: string[]
  try {
    entries = readdirSync(os.tmpdir())
  } catch {
    return
  }
  for (const entry of entries) {
    const pid = Number(name.exec(entry)?.[1])
    if (pid && pid !== process.pid && isDead(pid))
      rmSync(path.join(os.tmpdir(), entry), { recursive: true, force: true })
  }
}

// EPERM: alive, another user's; only ESRCH says the owner is gone.
function isDead(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return false
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'
  }
}
