// Starts OpenOCD from an argv array (never a shell), keeps its whole log in a
// file, and reports when its TCL RPC port is up or why it died first.
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdtempSync, type WriteStream } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFailure } from './classify.js'
import { openOcdArgs, type OpenOcdConfigItem, type ServerPorts } from './config.js'
import { ProcessError } from './errors.js'
import { killGroup, trackChild } from '../util/children.js'
import { dieWithParent } from '../util/die-with-parent.js'

export interface LaunchOptions {
  /** The OpenOCD binary: a path, or a name looked up on PATH. Default `openocd`. */
  binary?: string
  /** Configuration in command-line order. */
  config: readonly OpenOcdConfigItem[]
  searchDirs?: readonly string[]
  /** Where to keep OpenOCD's log; a temporary file by default. */
  logFile?: string
  ports?: Partial<ServerPorts>
  debugLevel?: number
  /** How long OpenOCD may take to open its TCL port. Default 15 s. */
  startTimeoutMs?: number
  env?: NodeJS.ProcessEnv
}

export interface OpenOcdProcess {
  readonly pid: number
  readonly tclPort: number
  readonly logFile: string
  readonly args: readonly string[]
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** Everything OpenOCD has logged so far. */
  log(): string
  /** Calls `listener` with each complete log line from now on; returns an unsubscribe. */
  onLogLine(listener: (line: string) => void): () => void
  /** SIGTERM to the process group, then SIGKILL. Idempotent. */
  kill(graceMs?: number): Promise<void>
}

const LISTENING = /Listening on port (\d+) for tcl connections/

export function launchOpenOcd(options: LaunchOptions): Promise<OpenOcdProcess> {
  const binary = options.binary ?? 'openocd'
  const args = openOcdArgs(options.config, {
    searchDirs: options.searchDirs,
    ports: { tcl: 0, ...options.ports },
    debugLevel: options.debugLevel,
  })
  const logFile =
    options.logFile ?? path.join(mkdtempSync(path.join(os.tmpdir(), 'openocd-log-')), 'openocd.log')
  const logStream = createWriteStream(logFile)
  const command = dieWithParent(binary, args, options.env)
  const child = spawn(command.command, command.args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: options.env ?? process.env,
  })
  const running = new RunningOpenOcd(child, args, logFile, logStream)
  return running.ready(binary, options.startTimeoutMs ?? 15_000)
}

class RunningOpenOcd implements OpenOcdProcess {
  readonly pid: number
  tclPort = 0
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  private text = ''
  private partial = ''
  private readonly listeners = new Set<(line: string) => void>()
  private killing: Promise<void> | undefined

  constructor(
    private readonly child: ChildProcess,
    readonly args: readonly string[],
    readonly logFile: string,
    logStream: WriteStream,
  ) {
    this.pid = child.pid ?? -1
    if (child.pid !== undefined) trackChild(child)
    const onData = (data: Buffer) => {
      logStream.write(data)
      this.append(data.toString('utf8'))
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    this.exited = new Promise((resolve) => {
      child.once('close', (code, signal) => {
        logStream.end()
        if (this.partial) this.emitLine(this.partial)
        this.partial = ''
        resolve({ code, signal })
      })
    })
  }

  log(): string {
    return this.text
  }

  onLogLine(listener: (line: string) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  kill(graceMs = 2000): Promise<void> {
    this.killing ??= (async () => {
      killGroup(this.child, 'SIGTERM')
      const timer = setTimeout(() => killGroup(this.child, 'SIGKILL'), graceMs)
      await this.exited
      clearTimeout(timer)
    })()
    return this.killing
  }

  ready(binary: string, timeoutMs: number): Promise<OpenOcdProcess> {
    return new Promise((resolve, reject) => {
      let settled = false
      const finish = (err?: ProcessError) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        unsubscribe()
        if (err) {
          void this.kill(500)
          reject(err)
        } else resolve(this)
      }
      const unsubscribe = this.onLogLine((line) => {
        const m = LISTENING.exec(line)
        if (m) {
          this.tclPort = Number(m[1])
          finish()
        }
      })
      const timer = setTimeout(() => {
        const what = `OpenOCD did not open its TCL port within ${timeoutMs} ms`
        finish(startFailure(what, this.text, 'timeout'))
      }, timeoutMs)
      this.child.once('error', (err: NodeJS.ErrnoException) => {
        const failure = err.code === 'ENOENT' ? 'binary-not-found' : 'exited'
        const msg =
          err.code === 'ENOENT'
            ? `OpenOCD binary '${binary}' not found: install OpenOCD (e.g. apt-get install openocd) or give its path`
            : `cannot start OpenOCD '${binary}': ${err.message}`
        finish(new ProcessError(msg, failure, '', { cause: err }))
      })
      void this.exited.then(({ code, signal }) => {
        const what = `OpenOCD exited during start (${signal ?? `exit code ${code}`})`
        finish(startFailure(what, this.text))
      })
    })
  }

  private append(chunk: string): void {
    this.text += chunk
    const lines = (this.partial + chunk).split('\n')
    this.partial = lines.pop() ?? ''
    for (const line of lines) this.emitLine(line)
  }

  private emitLine(line: string): void {
    for (const listener of this.listeners) listener(line.replace(/\r$/, ''))
  }
}
