// The socket side of remote_bitbang: a unix-socket or TCP (127.0.0.1) server
// for one OpenOCD at a time. A new connection replaces the previous one, so a
// restarted OpenOCD never waits for the old socket to be noticed as closed.
import { lstatSync, unlinkSync } from 'node:fs'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { RemoteBitbangDecoder } from './remote-bitbang.js'

export type ListenAddress = { socket: string } | { port: number }
export type BoundAddress = { socket: string } | { host: '127.0.0.1'; port: number }

export interface ConnectionHandler {
  /** A new OpenOCD connected: a decoder for its bytes, or undefined to close the connection at once. */
  connected(): RemoteBitbangDecoder | undefined
  /** A received chunk was answered: OpenOCD is busy with the answer for a moment. */
  answered(): void
  /** OpenOCD sent what the target does not understand; the connection is closed. */
  protocolError(message: string): void
  /** That OpenOCD went away (quit, closed or was replaced). */
  disconnected(): void
}

export class RemoteBitbangServer {
  private current: Socket | undefined

  private constructor(
    private readonly server: Server,
    readonly address: BoundAddress,
  ) {}

  static async listen(
    where: ListenAddress,
    handler: ConnectionHandler,
  ): Promise<RemoteBitbangServer> {
    let instance: RemoteBitbangServer | undefined
    const server = createServer((socket) => instance?.serve(socket, handler))
    if ('socket' in where) {
      await removeStaleSocket(where.socket)
      await listening(server, () => server.listen(where.socket), where.socket)
      instance = new RemoteBitbangServer(server, { socket: where.socket })
    } else {
      await listening(
        server,
        () => server.listen(where.port, '127.0.0.1'),
        `127.0.0.1:${where.port}`,
      )
      const { port } = server.address() as { port: number }
      instance = new RemoteBitbangServer(server, { host: '127.0.0.1', port })
    }
    return instance
  }

  async close(): Promise<void> {
    this.current?.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private serve(socket: Socket, handler: ConnectionHandler): void {
    const decoder = handler.connected()
    if (!decoder) {
      socket.destroy()
      return
    }
    this.current?.destroy()
    this.current = socket
    if ('port' in this.address) socket.setNoDelay(true)
    socket.on('data', (chunk: Buffer) => {
      const replies = decoder.decode(chunk)
      if (replies.length > 0) socket.write(replies)
      if (decoder.error !== undefined) handler.protocolError(decoder.error)
      if (decoder.quit) socket.end()
      handler.answered()
    })
    socket.on('error', () => socket.destroy()) // the peer vanished; 'close' follows
    socket.on('close', () => {
      if (this.current === socket) this.current = undefined
      handler.disconnected()
    })
  }
}

function listening(server: Server, listen: () => void, where: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'it is in use' : error.message
      reject(new Error(`cannot listen on ${where}: ${reason}`))
    }
    server.once('error', onError)
    server.once('listening', () => {
      server.off('error', onError)
      resolve()
    })
    listen()
  })
}

/** A socket file nobody answers on is left over from a killed simulator: remove it. */
async function removeStaleSocket(path: string): Promise<void> {
  const stat = lstatSync(path, { throwIfNoEntry: false })
  if (!stat) return
  if (!stat.isSocket())
    throw new Error(`cannot listen on ${path}: a file that is not a socket is there`)
  const alive = await new Promise<boolean>((resolve) => {
    const probe = connect(path)
    probe.once('connect', () => {
      probe.destroy()
      resolve(true)
    })
    probe.once('error', () => resolve(false))
  })
  if (alive) throw new Error(`cannot listen on ${path}: another virtual target is running there`)
  unlinkSync(path)
}
