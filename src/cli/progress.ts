// A live line for the step in progress, on a terminal only: CI logs are not
// terminals and get the plain start and end lines. OpenOCD reports no
// progress while it programs, so the line shows the time spent so far.
import type { RunEvent } from '../engine/events.js'
import { consoleLines } from '../report/console.js'
import { formatBytes } from '../report/format.js'

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

export function terminalProgress(
  out: NodeJS.WritableStream,
  intervalMs = 100,
): (event: RunEvent) => void {
  let current: { label: string; bytes: number; started: number } | undefined
  let timer: NodeJS.Timeout | undefined
  let frame = 0
  const clear = () => out.write('\r\x1b[K')
  const draw = () => {
    if (!current) return
    const seconds = ((Date.now() - current.started) / 1000).toFixed(1)
    const size = current.bytes ? `, ${formatBytes(current.bytes)}` : ''
    out.write(`\r\x1b[K${FRAMES[frame++ % FRAMES.length]} ${current.label} (${seconds} s${size})`)
  }
  return (event) => {
    if (event.type === 'step-end') {
      clearInterval(timer)
      current = undefined
      clear()
    }
    const lines = consoleLines(event)
    if (lines.length) {
      if (current) clear()
      for (const line of lines) out.write(line + '\n')
      draw()
    }
    if (event.type === 'step-start') {
      current = { label: event.label, bytes: event.bytes, started: Date.now() }
      timer = setInterval(draw, intervalMs)
      timer.unref()
    }
  }
}
