import { PassThrough } from 'node:stream'
import { expect, it } from 'vitest'
import { terminalProgress } from '../src/cli/progress.js'
import type { StepRecord } from '../src/report/model.js'

it('shows the running step with its elapsed time, and clears it for log lines and at the end', async () => {
  const out = new PassThrough()
  let text = ''
  out.on('data', (d: Buffer) => (text += d.toString()))
  const onEvent = terminalProgress(out, 10)
  const label = '[1/2] write app.bin'
  onEvent({ type: 'step-start', index: 0, label, bytes: 4096, startedAt: '' })
  await new Promise((r) => setTimeout(r, 60))
  expect(text).toContain('▶ [1/2] write app.bin\n')
  // eslint-disable-next-line no-control-regex
  expect(text).toMatch(/\r\x1b\[K. \[1\/2\] write app\.bin \(\d+\.\d s, 4 KiB\)/)
  onEvent({ type: 'step-progress', index: 0, text: 'a note' })
  const record: StepRecord = {
    index: 0,
    name: 'write app.bin',
    kind: 'write',
    line: 3,
    status: 'passed',
    durationMs: 50,
    plan: [],
    files: [],
    notes: [],
  }
  onEvent({ type: 'step-end', label, record, activity: [], continued: false })
  const after = text.length
  await new Promise((r) => setTimeout(r, 40))
  expect(text.length).toBe(after) // stopped drawing
  expect(text).toContain('\r\x1b[K  a note\n')
  expect(text.endsWith('\r\x1b[K✔ [1/2] write app.bin (50 ms)\n')).toBe(true)
})
