// Probe locks within one process: the queue's rules, stale files, status,
// keys and the lock directory.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { currentProcess, processStartTime } from '../../src/board/liveness.js'
import {
  acquireProbeLock,
  formatHolder,
  LockTimeoutError,
  probeLockKey,
  type LockHolder,
} from '../../src/board/lock.js'
import { keyToDirName, resolveLockDir, SYSTEM_LOCK_DIR } from '../../src/board/lock-dir.js'
import { listLocks, lockStatus } from '../../src/board/lock-status.js'
import type { TicketRecord } from '../../src/board/lock-queue.js'
import { resolveBoard } from '../../src/board/inventory.js'
import type { BoardSpec } from '../../src/board/spec.js'

const root = mkdtempSync(path.join(tmpdir(), 'probe-locks-'))
let n = 0
const freshDir = () => path.join(root, String(++n))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const opts = (dir: string, more: object = {}) => ({
  dir,
  timeoutMs: 5_000,
  description: 'test',
  ...more,
})

// Writes a queue file as another process would have.
function plant(dir: string, key: string, name: string, record: Partial<TicketRecord> = {}): string {
  const keyDir = path.join(dir, keyToDirName(key))
  mkdirSync(keyDir, { recursive: true })
  const file = path.join(keyDir, name)
  const full = {
    ...currentProcess(),
    description: 'planted',
    queuedAt: new Date().toISOString(),
    ...record,
  }
  writeFileSync(file, JSON.stringify(full))
  return file
}

function isSettled(p: Promise<unknown>): Promise<boolean> {
  return Promise.race([p.then(() => true), sleep(300).then(() => false)])
}

describe('acquireProbeLock', () => {
  it('hands the lock over in the order it was asked for', async () => {
    const dir = freshDir()
    const order: string[] = []
    const first = await acquireProbeLock('K', opts(dir))
    const waiters = ['a', 'b', 'c'].map((name) =>
      acquireProbeLock('K', opts(dir)).then((lock) => {
        order.push(name)
        return lock
      }),
    )
    first.release()
    for (const w of waiters) (await w).release()
    expect(order).toEqual(['a', 'b', 'c'])
  })

  it('release is idempotent and frees the lock', async () => {
    const dir = freshDir()
    const lock = await acquireProbeLock('K', opts(dir))
    lock.release()
    lock.release()
    expect(lockStatus('K', dir)).toEqual({ key: 'K', holder: undefined, waiting: [] })
    ;(await acquireProbeLock('K', opts(dir, { timeoutMs: 0 }))).release()
  })

  it('reports the holder at once, on change and periodically', async () => {
    const dir = freshDir()
    const held = await acquireProbeLock('K', opts(dir, { description: 'owner/repo/42 job flash' }))
    const seen: [LockHolder, number][] = []
    const at: number[] = []
    const waiting = acquireProbeLock(
      'K',
      opts(dir, {
        onWait: (h: LockHolder, ahead: number) => {
          seen.push([h, ahead])
          at.push(Date.now())
        },
        reportEveryMs: 300,
      }),
    )
    // However slow the machine, three reports come, each a period after the
    // one before (it polls every 100 ms: without the period, 100 ms apart).
    await expect.poll(() => seen.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(3)
    held.release()
    ;(await waiting).release()
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(250)
    const [holder, ahead] = seen[0]!
    expect(ahead).toBe(1)
    expect(holder).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
      description: 'owner/repo/42 job flash',
      ticket: held.ticket,
    })
    expect(formatHolder(holder)).toBe(
      `pid ${process.pid} on ${hostname()} (owner/repo/42 job flash) since ${holder.since.toISOString()}`,
    )
  })

  it('stops waiting when aborted, leaving the queue as it was', async () => {
    const dir = freshDir()
    const held = await acquireProbeLock('K', opts(dir))
    const abort = new AbortController()
    const waiting = acquireProbeLock('K', opts(dir, { signal: abort.signal }))
    await sleep(150)
    abort.abort(new Error('cancelled'))
    await expect(waiting).rejects.toThrow('cancelled')
    expect(lockStatus('K', dir).waiting).toEqual([])
    held.release()
  })

  it('times out without a holder to name while someone is still choosing', async () => {
    const dir = freshDir()
    plant(dir, 'K', 'c-1-aaaa')
    // The wait it names is however long it really took: 200 ms or more on a busy machine.
    const err = await acquireProbeLock('K', opts(dir, { timeoutMs: 200 })).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(LockTimeoutError)
    expect(err).toMatchObject({ key: 'K', holder: undefined })
    expect((err as Error).message).toMatch(/^probe K is still busy after waiting /)
  })
})

describe('the bakery rule', () => {
  it('waits for a process that was choosing when it took its ticket, which may come first', async () => {
    const dir = freshDir()
    // X has written its choosing file and read an empty folder, so it will take number 1 too.
    const choosing = plant(dir, 'K', 'c-0-aaaa')
    const waiting = acquireProbeLock('K', opts(dir))
    expect(await isSettled(waiting)).toBe(false)
    // X's id sorts first, so X's equal number wins.
    const xTicket = plant(dir, 'K', 't-0000000001-0-aaaa')
    rmSync(choosing)
    expect(await isSettled(waiting)).toBe(false)
    rmSync(xTicket)
    ;(await waiting).release()
  })

  it('does not wait for a process that starts choosing after it took its ticket', async () => {
    const dir = freshDir()
    const held = await acquireProbeLock('K', opts(dir))
    const waiting = acquireProbeLock('K', opts(dir))
    await sleep(150)
    const latecomer = plant(dir, 'K', 'c-0-bbbb')
    held.release()
    ;(await waiting).release()
    rmSync(latecomer)
  })
})

describe('stale queue files', () => {
  const deadPid = spawnSync(process.execPath, ['-e', '']).pid

  it('takes over from a dead pid', async () => {
    const dir = freshDir()
    plant(dir, 'K', `t-0000000001-${deadPid}-aaaa`, { pid: deadPid })
    const lock = await acquireProbeLock('K', opts(dir, { timeoutMs: 500 }))
    expect(readdirSync(path.dirname(lock.ticket))).toEqual([path.basename(lock.ticket)])
    lock.release()
  })

  const start = processStartTime(process.pid)
  it.skipIf(start === undefined)(
    'takes over from a live pid that started at another time',
    async () => {
      const dir = freshDir()
      plant(dir, 'K', 't-0000000001-1-bbbb', { processStart: start! + 1 })
      const lock = await acquireProbeLock('K', opts(dir, { timeoutMs: 500 }))
      expect(readdirSync(path.dirname(lock.ticket))).toEqual([path.basename(lock.ticket)])
      lock.release()
    },
  )

  it('does not judge a process of another host, and names it', async () => {
    const dir = freshDir()
    plant(dir, 'K', `t-0000000001-${deadPid}-aaaa`, {
      pid: deadPid,
      hostname: 'other-runner',
      description: 'acme/fw/7 job nightly',
    })
    await expect(acquireProbeLock('K', opts(dir, { timeoutMs: 200 }))).rejects.toThrow(
      new RegExp(`held by pid ${deadPid} on other-runner \\(acme/fw/7 job nightly\\) since`),
    )
  })

  it('ignores an unreadable choosing file once it is old', async () => {
    const dir = freshDir()
    const file = plant(dir, 'K', 'c-1-cccc')
    writeFileSync(file, '{"pid":')
    const old = new Date(Date.now() - 60_000)
    utimesSync(file, old, old)
    ;(await acquireProbeLock('K', opts(dir, { timeoutMs: 500 }))).release()
  })
})

describe('lock status', () => {
  it('lists each probe with its holder and queue', async () => {
    const dir = freshDir()
    const key = 'virtual:sim/../f103'
    const held = await acquireProbeLock(key, opts(dir, { description: 'holder' }))
    const waiting = [acquireProbeLock(key, opts(dir)), acquireProbeLock(key, opts(dir))]
    const other = await acquireProbeLock('066DFF', opts(dir))
    other.release()
    writeFileSync(path.join(dir, 'stray-file'), '')

    const status = listLocks(dir)
    expect(status.map((s) => [s.key, s.holder?.description, s.waiting.length])).toEqual([
      ['066DFF', undefined, 0],
      [key, 'holder', 2],
    ])
    expect(status[1]?.holder?.since.getTime()).toBeGreaterThanOrEqual(
      status[1]!.holder!.queuedAt.getTime(),
    )
    held.release()
    for (const w of waiting) (await w).release()
    expect(lockStatus(key, dir).holder).toBeUndefined()
    expect(listLocks(path.join(dir, 'missing'))).toEqual([])
  })
})

describe('probeLockKey', () => {
  const probe = (more: Partial<BoardSpec>): BoardSpec => ({
    name: 'b',
    interface: ['interface/stlink.cfg'],
    target: ['target/stm32f4x.cfg'],
    config: [],
    commands: [],
    searchDirs: [],
    labels: [],
    ...more,
  })

  it('keys by serial, virtual board name, or the interface of a probe without serial', () => {
    expect(probeLockKey(probe({ serial: '066DFF4953' }))).toBe('066dff4953')
    expect(probeLockKey(probe({}))).toBe('interface:interface/stlink.cfg')
    expect(probeLockKey(resolveBoard('virtual:stm32f103:128K'))).toBe('virtual:stm32f103:128K')
    expect(
      probeLockKey(probe({ name: 'sim-f103', virtual: { chip: 'stm32f103', faults: [] } })),
    ).toBe('virtual:sim-f103')
  })
})

describe('lock directory', () => {
  it('says what to do when it cannot be used', async () => {
    const file = path.join(freshDir(), 'not-a-dir')
    mkdirSync(path.dirname(file))
    writeFileSync(file, '')
    await expect(acquireProbeLock('K', opts(file))).rejects.toThrow(
      new RegExp(`^cannot use the probe lock directory ${file}: .*set OPENOCD_FLASH_LOCK_DIR`),
    )
  })

  it('takes the option, then OPENOCD_FLASH_LOCK_DIR, then a system or temp folder', () => {
    const env = { OPENOCD_FLASH_LOCK_DIR: '/run/x' }
    expect(resolveLockDir({ dir: '/opt/locks', env })).toBe('/opt/locks')
    expect(resolveLockDir({ env })).toBe('/run/x')
    expect([SYSTEM_LOCK_DIR, path.join(tmpdir(), 'openocd-flash-locks')]).toContain(
      resolveLockDir({ env: {} }),
    )
  })

  it('keeps every key inside the lock folder', () => {
    for (const key of ['..', '.', 'a/b', 'virtual:x'])
      expect(keyToDirName(key)).toMatch(/^[\w%-]+$/)
  })
})
