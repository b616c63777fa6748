// The run's console: bytes from each source (RTT, semihosting, UART) cut into
// lines per source, so two sources never splice into one line; every line is
// appended to the log file and handed on (to the judge).
import { createWriteStream, type WriteStream } from 'node:fs'
import type { CaptureSource } from '../plan/steps.js'

export interface ConsoleLine {
  source: CaptureSource
  text: string
}

export class Console {
  readonly lines: ConsoleLine[] = []
  private readonly partial = new Map<CaptureSource, string>()
  private readonly file: WriteStream | undefined

  constructor(
    private readonly onLine: (line: ConsoleLine) => void,
    logFile?: string,
  ) {
    this.file = logFile === undefined ? undefined : createWriteStream(logFile)
  }

  write(source: CaptureSource, data: string): void {
    const text = (this.partial.get(source) ?? '') + data
    const parts = text.split('\n')
    this.partial.set(source, parts.pop()!)
    for (const part of parts) this.emit(source, part)
  }

  /** Ends every unfinished line (the firmware stopped mid-line). */
  flush(): void {
    for (const [source, rest] of this.partial) if (rest !== '') this.emit(source, rest)
    this.partial.clear()
  }

  /** The last `n` lines. */
  tail(n: number): string[] {
    return this.lines.slice(-n).map((l) => l.text)
  }

  async close(): Promise<void> {
    this.flush()
    const file = this.file
    if (file)
      await new Promise<void>((resolve, reject) =>
        file.end((err?: Error | null) => (err ? reject(err) : resolve())),
      )
  }

  private emit(source: CaptureSource, raw: string): void {
    const line = { source, text: raw.replace(/\r$/, '') }
    this.lines.push(line)
    this.file?.write(line.text + '\n')
    this.onLine(line)
  }
}
