// A live line for the step in progress, on a terminal only: CI logs are not
// terminals and get consoleLog()'s throttled plain lines. Between transfer
// events (a chunk at a time, see openocd/chunks.ts) and for steps that move
// no bytes, the line shows the time spent so far.
import type { RunEvent, Transfer } from '../engine/events.js'
import { consoleLines, percent } from '../report/console.js'
import { formatBytes, formatRate } from '../report/format.js'

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']
const BAR_WIDTH = 24

export interface LiveStep {
  label: string
  bytes: number
  started: number
  transfer?: Transfer
}

/** The live line: `⠋ [1/2] backup [██████░░░…] 50 % 512 KiB/1 MiB 42.7 KiB/s (12.0 s)`. */
export function liveLine(step: LiveStep, now: number, frame = 0): string {
  const seconds = ((now - step.started) / 1000).toFixed(1)
  const spin = FRAMES[frame % FRAMES.length]
  const t = step.transfer
  if (!t) {
    const size = step.bytes ? `, ${formatBytes(step.bytes)}` : ''
    return `${spin} ${step.label} (${seconds} s${size})`
  }
  const filled = Math.round((percent(t) / 100) * BAR_WIDTH)
  const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled)
  const rate = t.elapsedMs > 0 ? ` ${formatRate((t.done * 1000) / t.elapsedMs)}` : ''
  return `${spin} ${step.label} ${t.operation} [${bar}] ${String(percent(t)).padStart(3)} % ${formatBytes(t.done)}/${formatBytes(t.total)}${rate} (${seconds} s)`
}

export function terminalProgress(
  out: NodeJS.WritableStream,
  intervalMs = 100,
  color = !process.env.NO_COLOR,
): (event: RunEvent) => void {
  let current: LiveStep | undefined
  let timer: NodeJS.Timeout | undefined
  let frame = 0
  const clear = () => out.write('\r\x1b[K')
  const draw = () => {
    if (current) out.write(`\r\x1b[K${liveLine(current, Date.now(), frame++)}`)
  }
  return (event) => {
    if (event.type === 'step-end' || event.type === 'restore-end') {
      clearInterval(timer)
      current = undefined
      clear()
    }
    if ((event.type === 'step-transfer' || event.type === 'restore-transfer') && current) {
      current.transfer = event.transfer
      draw()
    }
    const lines = consoleLines(event, color)
    if (lines.length) {
      if (current) clear()
      for (const line of lines) out.write(line + '\n')
      draw()
    }
    const live =
      event.type === 'step-start'
        ? { label: event.label, bytes: event.bytes }
        : event.type === 'restore-start'
          ? { label: 'restore', bytes: 0 }
          : undefined
    if (live) {
      current = { ...live, started: Date.now() }
      timer = setInterval(draw, intervalMs)
      timer.unref()
    }
  }
}
