// The virtual board's power switch: a unix socket that takes the lines `off`
// and `on` and answers each once it is done (`power off`, `power on`), so that
// a power-cycle command can switch the board as uhubctl switches a hub port,
// and knows the board is off before it switches it on again.
import { createServer, type Server, type Socket } from 'node:net'
import { listening, removeStaleSocket } from './listen.js'

export type PowerState = 'off' | 'on'

export interface PowerSwitch {
  close(): Promise<void>
}

export async function listenPowerSwitch(
  path: string,
  onSwitch: (state: PowerState) => void,
): Promise<PowerSwitch> {
  const server: Server = createServer((socket) => serve(socket, onSwitch))
  await removeStaleSocket(path)
  await listening(server, () => server.listen(path), path)
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

function serve(socket: Socket, onSwitch: (state: PowerState) => void): void {
  let pending = ''
  socket.setEncoding('utf8')
  socket.on('error', () => socket.destroy())
  socket.on('data', (text: string) => {
    const lines = (pending + text).split('\n')
    pending = lines.pop()!
    for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
      if (line === 'off' || line === 'on') {
        onSwitch(line)
        socket.write(`power ${line}\n`)
      } else socket.write(`error: '${line}' is not off or on\n`)
    }
  })
  socket.on('end', () => socket.end())
}
