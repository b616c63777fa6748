import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { liveLine, terminalProgress } from '../src/cli/progress.js'
import type { RunEvent } from '../src/engine/events.js'
import { consoleLog } from '../src/report/console.js'
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

it('draws a moving bar with bytes done, percentage and rate from transfer events', async () => {
  const out = new PassThrough()
  let text = ''
  out.on('data', (d: Buffer) => (text += d.toString()))
  const onEvent = terminalProgress(out, 60_000)
  const label = '[1/1] backup'
  onEvent({ type: 'step-start', index: 0, label, bytes: 1 << 20, startedAt: '' })
  const transfer = (done: number) =>
    onEvent({
      type: 'step-transfer',
      index: 0,
      label,
      transfer: { operation: 'read', done, total: 1 << 20, elapsedMs: 2000 },
    })
  transfer(256 * 1024)
  expect(text).toContain(
    `[1/1] backup read [${'█'.repeat(6)}${'░'.repeat(18)}]  25 % 256 KiB/1 MiB 128 KiB/s`,
  )
  transfer(1 << 20)
  expect(text).toContain(`[${'█'.repeat(24)}] 100 % 1 MiB/1 MiB 512 KiB/s`)
})

it('draws the restore as a live line of its own, and stops at its end', async () => {
  const out = new PassThrough()
  let text = ''
  out.on('data', (d: Buffer) => (text += d.toString()))
  const onEvent = terminalProgress(out, 10)
  onEvent({ type: 'restore-start' })
  onEvent({
    type: 'restore-transfer',
    transfer: { operation: 'write', done: 1024, total: 4096, elapsedMs: 1000 },
  })
  expect(text).toContain(`restore write [${'█'.repeat(6)}${'░'.repeat(18)}]  25 % 1 KiB/4 KiB`)
  onEvent({ type: 'restore-end', record: { status: 'passed', banks: [] } })
  const after = text.length
  await new Promise((r) => setTimeout(r, 40))
  expect(text.length).toBe(after)
  expect(text.endsWith('\r\x1b[K✔ restored and verified\n')).toBe(true)
})

it('liveLine: elapsed time only while no bytes are counted', () => {
  const step = { label: '[1/1] reset', bytes: 0, started: 0 }
  expect(liveLine(step, 1500)).toBe('⠋ [1/1] reset (1.5 s)')
})

describe('consoleLog: transfer progress in a log that is not a terminal', () => {
  const event = (done: number, index = 0): RunEvent => ({
    type: 'step-transfer',
    index,
    label: '[1/1] backup',
    transfer: { operation: 'read', done, total: 1 << 20, elapsedMs: 1000 },
  })

  it('prints the first chunk, then one line per tenth done, not one per chunk', () => {
    const log = consoleLog(60_000)
    const lines = Array.from({ length: 16 }, (_, i) => log(event((i + 1) * 65536))).flat()
    expect(lines).toHaveLength(11)
    expect(lines[0]).toBe('  read 64 KiB of 1 MiB (6 %), 64 KiB/s')
    expect(lines[1]).toBe('  read 128 KiB of 1 MiB (12 %), 128 KiB/s')
    expect(lines.at(-1)).toBe('  read 1 MiB of 1 MiB (100 %), 1 MiB/s')
  })

  it('prints after the interval even within a tenth, and for every new step', () => {
    const log = consoleLog(0)
    expect(log(event(1000))).toHaveLength(1)
    expect(log(event(2000))).toHaveLength(1)
    const slow = consoleLog(60_000)
    expect(slow(event(1000))).toHaveLength(1)
    expect(slow(event(2000))).toHaveLength(0)
    expect(slow(event(1000, 1))).toHaveLength(1)
  })

  it("prints the restore's first chunk after a step's transfer of the same kind", () => {
    const log = consoleLog(60_000)
    expect(log(event(1000))).toHaveLength(1)
    const restore: RunEvent = {
      type: 'restore-transfer',
      transfer: { operation: 'read', done: 1000, total: 1 << 20, elapsedMs: 1000 },
    }
    expect(log(restore)).toEqual(['  read 1000 B of 1 MiB (0 %), 1000 B/s'])
    expect(log(restore)).toEqual([])
  })
})
