// Runs the bundled action the way the runner does: `node dist/index.js` with
// only the runner's environment and the workspace as cwd, main first, then
// post with the STATE_* variables main saved.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readFileCommands, stateEnv, type RunnerEnv } from './runner-env.js'

export const REPO = join(import.meta.dirname, '..', '..')
export const ACTION_YML = join(REPO, 'action.yml')
export const ENTRY = join(REPO, 'dist', 'index.js')

export interface StepRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface RunningStep {
  child: ChildProcess
  /** Resolves with the stdout so far once it matches `pattern`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>
  done: Promise<StepRun>
}

const running = new Set<ChildProcess>()

export function startStep(runner: RunnerEnv, extraEnv: Record<string, string> = {}): RunningStep {
  const child = spawn(process.execPath, [ENTRY], {
    cwd: runner.workspace,
    env: { ...runner.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  let stdout = ''
  let stderr = ''
  const watchers = new Set<() => void>()
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString()
    for (const check of watchers) check()
  })
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const done = new Promise<StepRun>((resolve) =>
    child.on('close', (code, signal) => {
      running.delete(child)
      resolve({ code, signal, stdout, stderr })
    }),
  )
  const waitForOutput = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        watchers.delete(check)
        reject(new Error(`no ${pattern} in the output within ${timeoutMs} ms:\n${stdout}${stderr}`))
      }, timeoutMs)
      const check = () => {
        if (!pattern.test(stdout)) return
        clearTimeout(timer)
        watchers.delete(check)
        resolve(stdout)
      }
      watchers.add(check)
      check()
    })
  return { child, waitForOutput, done }
}

export interface MainResult extends StepRun {
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
}

export async function runMain(runner: RunnerEnv): Promise<MainResult> {
  return collect(runner, await startStep(runner).done)
}

/** What main left in the file-command files. */
export async function collect(runner: RunnerEnv, run: StepRun): Promise<MainResult> {
  return {
    ...run,
    outputs: await readFileCommands(runner.files.output),
    state: await readFileCommands(runner.files.state),
    summary: await readFile(runner.files.summary, 'utf8'),
  }
}

/** The post entry, as the runner starts it after main: the same env plus STATE_*. */
export async function runPost(runner: RunnerEnv, state: Record<string, string>): Promise<StepRun> {
  return startStep(runner, stateEnv(state)).done
}

/** Kills whatever step is still running (a test that failed half-way). */
export function killSteps(): void {
  for (const child of running) child.kill('SIGKILL')
}
