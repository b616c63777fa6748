// A board's serial console: the device opened without becoming our
// controlling terminal, its line discipline set to raw at the board's baud
// rate with `stty` (argv, no shell), read through Node's non-blocking tty
// stream so that closing it never waits on a blocked read.
import { execFile } from 'node:child_process'
import { constants, openSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import tty from 'node:tty'
import { promisify } from 'node:util'

export interface UartPort {
  device: string
  baud: number
}

export class UartError extends Error {
  override name = 'UartError'
}

export class Uart {
  private constructor(private readonly stream: tty.ReadStream) {}

  static async open(port: UartPort, onData: (text: string) => void): Promise<Uart> {
    try {
      await promisify(execFile)('stty', ['-F', port.device, String(port.baud), 'raw', '-echo'])
    } catch (err) {
      throw new UartError(
        `cannot set ${port.device} to ${port.baud} baud: ${(err as { stderr?: string }).stderr?.trim() || (err as Error).message}`,
      )
    }
    let fd: number
    try {
      fd = openSync(port.device, constants.O_RDONLY | constants.O_NOCTTY | constants.O_NONBLOCK)
    } catch (err) {
      throw new UartError(`cannot open serial device ${port.device}: ${(err as Error).message}`)
    }
    if (!tty.isatty(fd))
      throw new UartError(`${port.device} is not a serial device (not a terminal)`)
    const stream = new tty.ReadStream(fd)
    const decoder = new StringDecoder('utf8')
    stream.on('data', (data: Buffer) => onData(decoder.write(data)))
    // A device unplugged mid-run ends the stream; the run goes on without it.
    stream.on('error', () => undefined)
    return new Uart(stream)
  }

  close(): void {
    this.stream.destroy()
  }
}
