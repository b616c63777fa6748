// Runs the openocd-flash command as a separate process, as a user runs it.
import { spawn, type ChildProcess } from 'node:child_process'

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

export interface CliProcess {
  child: ChildProcess
  /** Settles when the process has exited and its output is read. */
  result: Promise<CliResult>
  /** stdout and stderr so far. */
  output(): string
  /** Resolves once the output contains `text`; rejects if the process ends first or after `timeoutMs`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>
}

// .ci/run checks that dist/ is exactly the bundle of this source, then sets
// OPENOCD_FLASH_TEST_CLI=dist: the tests run the command users run, without
// transpiling the source in every process (about a third of a CPU second
// each, hundreds of times). Elsewhere they run the source: no rebuild needed.
export const CLI_ARGV =
  process.env.OPENOCD_FLASH_TEST_CLI === 'dist'
    ? ['dist/cli/index.js']
    : ['--import', 'tsx', 'src/cli/index.ts']

// Started and not yet exited, so that a failing test can stop them all.
const running = new Set<ChildProcess>()

/** Starts the command without waiting for it, for tests that run several at once. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = process.env): CliProcess {
  const child = spawn(process.execPath, [...CLI_ARGV, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  let stdout = ''
  let stderr = ''
  const listeners = new Set<() => void>()
  const changed = () => listeners.forEach((listener) => listener())
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString()
    changed()
  })
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString()
    changed()
  })
  const result = new Promise<CliResult>((resolve) =>
    child.on('close', (code) => {
      running.delete(child)
      resolve({ code, stdout, stderr })
      changed()
    }),
  )
  const output = () => stdout + stderr
  const waitFor = (text: string | RegExp, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const found = () => (typeof text === 'string' ? output().includes(text) : text.test(output()))
      const done = (err?: Error) => {
        clearTimeout(timer)
        listeners.delete(check)
        if (err) reject(err)
        else resolve()
      }
      const check = () => {
        if (found()) done()
        else if (!running.has(child))
          done(new Error(`exited (${child.exitCode}) before printing ${text}:\n${output()}`))
      }
      const timer = setTimeout(
        () => done(new Error(`no ${text} within ${timeoutMs} ms:\n${output()}`)),
        timeoutMs,
      )
      listeners.add(check)
      check()
    })
  return { child, result, output, waitFor }
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  return spawnCli(args, env).result
}

/** SIGKILLs every command still running (for afterEach). */
export function killRunningClis(): void {
  for (const child of running) child.kill('SIGKILL')
}
