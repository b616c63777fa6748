// Probe locks between separate processes: exclusion, FIFO order, dead
// holders, timeouts, and release by another process.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { acquireProbeLock, LockTimeoutError, releaseProbeLockTicket } from '../../src/board/lock.js'
import { lockStatus } from '../../src/board/lock-status.js'
import type { HolderArgs } from './support/lock-holder.js'
import { killAllHolders, logLines, startHolder, waitForLine } from './support/processes.js'

const root = mkdtempSync(path.join(tmpdir(), 'probe-locks-'))
let n = 0
// A fresh lock dir and log per test, and a way to start holders on them.
function scratch() {
  const dir = path.join(root, String(++n))
  const log = path.join(dir, 'log.txt')
  const start = (
    key: string,
    label: string,
    hold: HolderArgs['hold'],
    more: Partial<HolderArgs> = {},
  ) => startHolder({ dir, log, key, label, hold, timeoutMs: 60_000, ...more })
  return { dir, log, start }
}

afterEach(killAllHolders)
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** start/end events only, which must pair up: no two holders at once. */
function holds(log: string): string[] {
  return logLines(log).filter((l) => !l.startsWith('wait '))
}

describe('probe lock across processes', () => {
  it('serves waiting processes one at a time, first come first served', async () => {
    const { log, start } = scratch()
    const first = start('SER1', 'H', 'stdin', { timeoutMs: 120_000 })
    await waitForLine(log, 'start H')
    // Each waiter queues (and says so) before the next one starts.
    const exits = []
    for (const label of ['W1', 'W2', 'W3']) {
      exits.push(start('SER1', label, 50, { timeoutMs: 120_000 }).exit)
      await waitForLine(log, `wait ${label}`)
    }
    first.child.stdin?.end()
    const codes = await Promise.all([first.exit, ...exits])
    expect(codes.map((c) => c.code)).toEqual([0, 0, 0, 0])
    expect(holds(log)).toEqual([
      'start H',
      'end H',
      'start W1',
      'end W1',
      'start W2',
      'end W2',
      'start W3',
      'end W3',
    ])
  })

  it('never lets processes that ask at the same moment overlap', async () => {
    const { log, start } = scratch()
    const labels = ['A', 'B', 'C', 'D', 'E', 'F']
    const startAt = Date.now() + 1_500
    const runs = labels.map((label) => start('SER2', label, 20, { timeoutMs: 120_000, startAt }))
    expect((await Promise.all(runs.map((r) => r.exit))).map((e) => e.code)).toEqual(
      labels.map(() => 0),
    )
    const events = holds(log)
    expect(events).toHaveLength(2 * labels.length)
    for (let i = 0; i < events.length; i += 2) {
      const label = events[i]!.split(' ')[1]
      expect([events[i], events[i + 1]]).toEqual([`start ${label}`, `end ${label}`])
    }
  })

  it('takes over at once from a holder killed with SIGKILL', async () => {
    const { dir, start } = scratch()
    const holder = start('SER3', 'H', 'stdin')
    const ticket = await holder.ticket
    const waiting = acquireProbeLock('SER3', { dir, timeoutMs: 120_000, description: 'next' })
    holder.child.kill('SIGKILL')
    const killedAt = Date.now()
    const lock = await waiting
    // The stale check polls every 100 ms; waiting out the lock timeout would take 120 s.
    expect(Date.now() - killedAt).toBeLessThan(30_000)
    expect(existsSync(ticket)).toBe(false)
    lock.release()
  })

  it('gives up after the timeout, naming the holder; a waiting process exits 4', async () => {
    const { dir, start } = scratch()
    const holder = start('SER4', 'flash-A', 'stdin')
    await holder.ticket
    const pid = holder.child.pid!
    const err = await acquireProbeLock('SER4', { dir, timeoutMs: 300, description: 'late' }).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(LockTimeoutError)
    const timeout = err as LockTimeoutError
    expect(timeout.holder?.pid).toBe(pid)
    expect(timeout.message).toMatch(
      new RegExp(
        `^probe SER4 is still held by pid ${pid} on .+ \\(job flash-A\\) since \\d{4}-\\d\\d-\\d\\dT.+Z after waiting \\d+\\.\\d s$`,
      ),
    )

    const late = start('SER4', 'B', 0, { timeoutMs: 300 })
    const { code, stderr } = await late.exit
    expect(code).toBe(4)
    expect(stderr).toContain(`held by pid ${pid}`)
    expect(lockStatus('SER4', dir).waiting).toEqual([])
  })

  it('does not make different probes wait for each other', async () => {
    const { log, start } = scratch()
    const a = start('SER5', 'A', 'stdin')
    const b = start('SER6', 'B', 'stdin')
    await Promise.all([a.ticket, b.ticket])
    expect(logLines(log).sort()).toEqual(['start A', 'start B'])
    a.child.stdin?.end()
    b.child.stdin?.end()
    await Promise.all([a.exit, b.exit])
  })

  it('lets another process release a lock by its ticket', async () => {
    const { dir, start } = scratch()
    const holder = start('SER7', 'main', 'stdin')
    const ticket = await holder.ticket
    expect(lockStatus('SER7', dir).holder?.pid).toBe(holder.child.pid)
    expect(releaseProbeLockTicket(ticket)).toBe(true)
    expect(releaseProbeLockTicket(ticket)).toBe(false)
    const lock = await acquireProbeLock('SER7', { dir, timeoutMs: 0, description: 'post' })
    lock.release()
  })

  it('releases when the holder exits without releasing', async () => {
    const { start } = scratch()
    const holder = start('SER8', 'H', 'exit')
    const ticket = await holder.ticket
    expect((await holder.exit).code).toBe(0)
    expect(existsSync(ticket)).toBe(false)
  })
})
