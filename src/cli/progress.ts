// A live line for the step in progress, on a terminal only: CI logs are not
// terminals and get the plain start and end lines. OpenOCD reports no
// progress while it programs, so the line shows the time spent so far.
import type { StepEvent } from '../engine/run.js'
import { formatBytes } from '../report/format.js'

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

export interface Progress {
  log(line: string): void
  onStep(event: StepEvent): void
}

export function terminalProgress(out: NodeJS.WritableStream, intervalMs = 100): Progress {
  let current: { event: StepEvent; started: number } | undefined
  let timer: NodeJS.Timeout | undefined
  let frame = 0
  const clear = () => out.write('\r\x1b[K')
  const draw = () => {
    if (!current) return
    const seconds = ((Date.now() - current.started) / 1000).toFixed(1)
    const size = current.event.bytes ? `, ${formatBytes(current.event.bytes)}` : ''
    out.write(
      `\r\x1b[K${FRAMES[frame++ % FRAMES.length]} ${current.event.label} (${seconds} s${size})`,
    )
  }
  return {
    log(line) {
      if (current) clear()
      out.write(line + '\n')
      draw()
    },
    onStep(event) {
      clearInterval(timer)
      if (event.phase === 'start') {
        current = { event, started: Date.now() }
        timer = setInterval(draw, intervalMs)
        timer.unref()
      } else {
        current = undefined
        clear()
      }
    },
  }
}
