// RTT through OpenOCD: `rtt setup` over a memory range, `rtt start` until the
// firmware has written its control block, `rtt server start` on a port
// OpenOCD picks (it binds per `bindto`, 127.0.0.1 by default), and a TCP
// reader. OpenOCD only reads a channel while a connection is open, so what
// the firmware wrote before we connected waits in its buffer, not lost.
import net from 'node:net'
import { StringDecoder } from 'node:string_decoder'
import { TargetError } from './errors.js'
import type { Session } from './session.js'
import { tclCommand, tclHex } from './tcl.js'

export interface RttRegion {
  /** Where to look for the control block, and how far. */
  address: number
  size: number
}

const ID = 'SEGGER RTT'
const FOUND = /rtt: Control block found at (0x[0-9a-f]+)/i
const LISTENING = /Listening on port (\d+) for rtt connections/
// Control block: id[16], MaxNumUpBuffers, MaxNumDownBuffers, then 24-byte
// buffer descriptors {name, buffer, size, WrOff, RdOff, flags}.
const UP0_WROFF = 16 + 8 + 12

export class Rtt {
  private constructor(
    private readonly session: Session,
    readonly controlBlock: number,
    private readonly port: number,
    private readonly socket: net.Socket,
  ) {}

  /** Configures the search; `start` then finds the control block. */
  static async setup(session: Session, region: RttRegion): Promise<void> {
    await session.commandAs(
      TargetError,
      tclCommand('rtt setup', tclHex(region.address), region.size, ID),
    )
  }

  /**
   * One attempt to find the control block and serve up-channel 0; undefined
   * while the firmware has not written it yet.
   */
  static async start(session: Session, onData: (text: string) => void): Promise<Rtt | undefined> {
    const out = await session.execute('rtt start')
    const found = out.log.map((l) => FOUND.exec(l)).find((m) => m)
    if (!found) return undefined
    const server = await session.execute('rtt server start 0 0')
    const listening = server.log.map((l) => LISTENING.exec(l)).find((m) => m)
    if (!listening) {
      await session.command('rtt stop').catch(() => undefined)
      throw new TargetError(
        `OpenOCD did not say which port its RTT server listens on: ${[server.result, ...server.log].join(' ')}`,
      )
    }
    const port = Number(listening[1])
    const socket = await connect(port)
    const decoder = new StringDecoder('utf8')
    socket.on('data', (data: Buffer) => onData(decoder.write(data)))
    return new Rtt(session, Number(found[1]), port, socket)
  }

  /** A line for the firmware on down-channel 0. */
  send(line: string): void {
    this.socket.write(line.endsWith('\n') ? line : line + '\n')
  }

  /**
   * Waits until OpenOCD has read all the firmware wrote to up-channel 0 (its
   * read pointer caught up with the write pointer), so nothing printed just
   * before a halt is missing from the console.
   */
  async drain(timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs
    while (Date.now() < until) {
      const [wr, rd] = await this.session.target.readMemory(this.controlBlock + UP0_WROFF, 32, 2)
      if (wr === rd) break
      await delay(50)
    }
    // OpenOCD writes to the socket before it moves the read pointer.
    await delay(100)
  }

  async close(): Promise<void> {
    this.socket.destroy()
    await this.session.command(tclCommand('rtt server stop', this.port)).catch(() => undefined)
    await this.session.command('rtt stop').catch(() => undefined)
  }
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => resolve(socket))
    socket.once('error', (err) =>
      reject(
        new TargetError(`cannot connect to OpenOCD's RTT server on port ${port}: ${err.message}`),
      ),
    )
  })
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
