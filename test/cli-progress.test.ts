import { PassThrough } from 'node:stream'
import { expect, it } from 'vitest'
import { terminalProgress } from '../src/cli/progress.js'

it('shows the running step with its elapsed time, and clears it for log lines and at the end', async () => {
  const out = new PassThrough()
  let text = ''
  out.on('data', (d: Buffer) => (text += d.toString()))
  const p = terminalProgress(out, 10)
  p.log('▶ [1/2] write app.bin')
  p.onStep({ phase: 'start', label: '[1/2] write app.bin', bytes: 4096 })
  await new Promise((r) => setTimeout(r, 60))
  // eslint-disable-next-line no-control-regex
  expect(text).toMatch(/\r\x1b\[K. \[1\/2\] write app\.bin \(\d+\.\d s, 4 KiB\)/)
  p.log('  a note')
  p.onStep({ phase: 'end', label: '[1/2] write app.bin', bytes: 4096 })
  const after = text.length
  await new Promise((r) => setTimeout(r, 40))
  expect(text.length).toBe(after) // stopped drawing
  expect(text.endsWith('\r\x1b[K')).toBe(true)
  expect(text).toContain('\r\x1b[K  a note\n')
})
