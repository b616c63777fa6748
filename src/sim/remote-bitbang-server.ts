// The socket side of remote_bitbang: a unix-socket or TCP (127.0.0.1) server
// for one OpenOCD at a time. A new connection replaces the previous one, so a
// restarted OpenOCD never waits for the old socket to be noticed as closed.
import { createServer, type Server, type Socket } from 'node:net'
import { listening, removeStaleSocket } from './listen.js'
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

  /** Closes OpenOCD's connection, if there is one: the probe lost power. */
  drop(): void {
    this.current?.destroy()
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
