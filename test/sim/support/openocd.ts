// Test-only harness: the real openocd, started against a virtual target and
// driven over its TCL RPC port. (The project's own launcher and RPC client
// live in src/openocd/; this stays deliberately small.)
import { spawn, type ChildProcess } from 'node:child_process'
import { connect, type Socket } from 'node:net'
import { openocdArgs, type OpenOcdConfigItem } from '../../../src/sim/index.js'

const RPC_END = '\x1a'
const LISTENING = /Listening on port (\d+) for tcl connections/
const START_TIMEOUT_MS = 15_000

export interface RpcResult {
  /** 0 when the command succeeded (Tcl's catch code). */
  rc: number
  /** The command's output including OpenOCD's log lines (captured). */
  out: string
}

export class OpenOcd {
  private log = ''
  private readonly exit: Promise<number | null>
  private rpcSocket: Socket | undefined
  private pending: { resolve: (text: string) => void; reject: (error: Error) => void }[] = []
  private received = ''

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.log += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (this.log += chunk.toString()))
    this.exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  }

  /** Starts openocd with `config`, runs `init`, and connects to its TCL port. */
  static async start(config: readonly OpenOcdConfigItem[]): Promise<OpenOcd> {
    const args = [
      ...openocdArgs(config),
      ...[
        '-c',
        'bindto 127.0.0.1',
        '-c',
        'gdb_port disabled',
        '-c',
        'telnet_port disabled',
        '-c',
        'tcl_port 0',
      ],
      ...['-c', 'init'],
    ]
    // Its own process group, so that kill() takes any child with it.
    const openocd = new OpenOcd(
      spawn('openocd', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] }),
    )
    try {
      const port = await openocd.tclPort()
      await openocd.connectRpc(port)
    } catch (error) {
      await openocd.kill()
      throw error
    }
    return openocd
  }

  /** Everything openocd printed so far. */
  get output(): string {
    return this.log
  }

  /** Resolves with the exit code once openocd has exited. */
  get exited(): Promise<number | null> {
    return this.exit
  }

  /** Runs one Tcl command (brace-balanced) and returns its code, log lines and result. */
  async rpc(command: string): Promise<RpcResult> {
    // capture returns the log lines (or, if there are none, the result), and
    // some commands log their result as well: keep both, but only once.
    const reply = await this.send(
      `set __out {}; set __rc [catch {capture {set __out [${command}]}} __log]; return "$__rc\x1f$__log\x1f$__out"`,
    )
    const [rc, log, result] = reply.split('\x1f')
    return {
      rc: Number(rc),
      out: log.includes(result) ? log : [log, result].filter(Boolean).join('\n'),
    }
  }

  /** Like rpc(), but fails the test with openocd's output unless the command succeeded. */
  async ok(command: string): Promise<string> {
    const { rc, out } = await this.rpc(command)
    if (rc !== 0) throw new Error(`'${command}' failed (rc ${rc}):\n${out}`)
    return out
  }

  /** Runs a command that must fail, and returns its output (what OpenOCD reported). */
  async fails(command: string): Promise<string> {
    const { rc, out } = await this.rpc(command)
    if (rc === 0) throw new Error(`'${command}' succeeded but should have failed:\n${out}`)
    return out
  }

  async kill(): Promise<void> {
    this.rpcSocket?.destroy()
    if (
      this.child.exitCode === null &&
      this.child.signalCode === null &&
      this.child.pid !== undefined
    ) {
      try {
        process.kill(-this.child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    await this.exit
  }

  private tclPort(): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => done(new Error(`openocd did not start:\n${this.log}`)),
        START_TIMEOUT_MS,
      )
      const check = () => {
        const match = LISTENING.exec(this.log)
        if (match) done(undefined, Number(match[1]))
      }
      const exited = (code: number | null) =>
        done(new Error(`openocd exited (${code}) before listening:\n${this.log}`))
      const done = (error?: Error, port?: number) => {
        clearTimeout(timer)
        this.child.stderr?.off('data', check)
        this.child.off('exit', exited)
        if (error) reject(error)
        else resolve(port as number)
      }
      this.child.stderr?.on('data', check)
      this.child.once('exit', exited)
      check()
    })
  }

  private connectRpc(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve())
      socket.once('error', reject)
      socket.on('data', (chunk: Buffer) => this.receive(chunk.toString('utf8')))
      socket.on('close', () => {
        for (const waiter of this.pending.splice(0))
          waiter.reject(new Error(`TCL connection closed:\n${this.log}`))
      })
      this.rpcSocket = socket
    })
  }

  private send(text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject })
      this.rpcSocket?.write(text + RPC_END)
    })
  }

  private receive(text: string): void {
    this.received += text
    let end: number
    while ((end = this.received.indexOf(RPC_END)) >= 0) {
      const message = this.received.slice(0, end)
      this.received = this.received.slice(end + 1)
      this.pending.shift()?.resolve(message)
    }
  }
}
