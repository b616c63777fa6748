// Client for OpenOCD's TCL RPC port: one message at a time, each ending in
// 0x1a both ways, each with its own time limit.
import net from 'node:net'
import { ConnectionError, TimeoutError } from './errors.js'
import { MAX_TIMER_MS } from '../util/units.js'

const EOM = 0x1a

interface Pending {
  message: string
  timeoutMs: number
  resolve: (reply: string) => void
  reject: (err: Error) => void
}

export class RpcClient {
  private readonly socket: net.Socket
  private readonly queue: Pending[] = []
  private active: (Pending & { timer: NodeJS.Timeout }) | undefined
  private chunks: Buffer[] = []
  private closedError: Error | undefined

  private constructor(socket: net.Socket) {
    this.socket = socket
    socket.setNoDelay(true)
    socket.on('data', (data) => this.onData(data))
    socket.on('error', (err) =>
      this.fail(new ConnectionError(`TCL RPC connection error: ${err.message}`, { cause: err })),
    )
    socket.on('close', () =>
      this.fail(new ConnectionError('OpenOCD closed the TCL RPC connection')),
    )
  }

  static connect(host: string, port: number, timeoutMs = 5000): Promise<RpcClient> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port })
      const timer = setTimeout(() => {
        socket.destroy()
        reject(
          new ConnectionError(
            `no answer from OpenOCD's TCL port ${host}:${port} within ${timeoutMs} ms`,
          ),
        )
      }, timeoutMs)
      socket.once('connect', () => {
        clearTimeout(timer)
        socket.removeAllListeners('error')
        resolve(new RpcClient(socket))
      })
      socket.once('error', (err) => {
        clearTimeout(timer)
        reject(
          new ConnectionError(
            `cannot connect to OpenOCD's TCL port ${host}:${port}: ${err.message}`,
            { cause: err },
          ),
        )
      })
    })
  }

  /** Sends one raw message and resolves with the raw reply. */
  send(message: string, timeoutMs: number): Promise<string> {
    if (message.includes('\x1a')) {
      return Promise.reject(new ConnectionError('a TCL RPC message cannot contain 0x1a'))
    }
    if (this.closedError) return Promise.reject(this.closedError)
    return new Promise((resolve, reject) => {
      this.queue.push({ message, timeoutMs, resolve, reject })
      this.next()
    })
  }

  /** A command is in flight or queued. */
  get busy(): boolean {
    return this.active !== undefined || this.queue.length > 0
  }

  get closed(): boolean {
    return this.closedError !== undefined
  }

  close(): void {
    this.fail(new ConnectionError('the TCL RPC connection was closed'))
    this.socket.destroy()
  }

  private next(): void {
    if (this.active || this.closedError) return
    const job = this.queue.shift()
    if (!job) return
    // A timed-out command leaves OpenOCD busy and its reply in flight; the
    // stream can no longer be paired with requests, so the connection ends.
    // Limits computed from a size (a 4 GiB dump) may pass what a timer can wait.
    const ms = Math.min(job.timeoutMs, MAX_TIMER_MS)
    const timer = setTimeout(() => {
      const err = new TimeoutError(`OpenOCD did not answer within ${ms} ms`, {
        command: job.message,
      })
      this.fail(err)
      this.socket.destroy()
    }, ms)
    this.active = { ...job, timer }
    this.socket.write(Buffer.concat([Buffer.from(job.message, 'utf8'), Buffer.of(EOM)]))
  }

  private onData(data: Buffer): void {
    let start = 0
    for (let i = data.indexOf(EOM); i !== -1; i = data.indexOf(EOM, start)) {
      this.chunks.push(data.subarray(start, i))
      const reply = Buffer.concat(this.chunks).toString('utf8')
      this.chunks = []
      start = i + 1
      const job = this.active
      this.active = undefined
      if (job) {
        clearTimeout(job.timer)
        job.resolve(reply)
      }
    }
    if (start < data.length) this.chunks.push(data.subarray(start))
    this.next()
  }

  private fail(err: Error): void {
    if (this.closedError) return
    this.closedError = err
    if (this.active) {
      clearTimeout(this.active.timer)
      this.active.reject(err)
      this.active = undefined
    }
    for (const job of this.queue.splice(0)) job.reject(err)
  }
}
