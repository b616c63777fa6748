// Starts lock-holder processes and waits on what they log.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'
import type { HolderArgs } from './lock-holder.js'

const script = fileURLToPath(new URL('./lock-holder.ts', import.meta.url))

export interface Holder {
  child: ChildProcess
  /** The ticket path, once the lock is held. */
  ticket: Promise<string>
  exit: Promise<{ code: number | null; stderr: string }>
}

const started = new Set<ChildProcess>()

export function startHolder(args: HolderArgs): Holder {
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(args)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  started.add(child)
  let stdout = ''
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  const ticket = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString()
      if (stdout.includes('\n')) resolve(stdout.trim())
    })
    child.on('exit', () =>
      reject(new Error(`holder ${args.label} exited without the lock: ${stderr}`)),
    )
  })
  ticket.catch(() => {}) // Not every test waits for it.
  const exit = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => {
      started.delete(child)
      resolve({ code, stderr })
    }),
  )
  return { child, ticket, exit }
}

export function killAllHolders(): void {
  for (const child of started) child.kill('SIGKILL')
}

export function logLines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
}

export async function waitForLine(file: string, line: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!logLines(file).includes(line)) {
    if (Date.now() > deadline)
      throw new Error(`no '${line}' in ${file}: ${logLines(file).join(' | ')}`)
    await sleep(20)
  }
}
