// Exclusive, first-come-first-served locks on debug probes, shared by every
// process and runner on the host through files in the lock directory.
//
// The queue is Lamport's bakery algorithm on files: a newcomer writes a
// "choosing" file, takes a ticket numbered after the highest it sees, then
// removes the choosing file. It holds the lock when its ticket is the lowest
// live one and every choosing file that was there when it got its ticket is
// gone: a process still choosing then may have read the folder before our
// ticket existed and picked the same or a lower number; anyone who starts
// choosing later sees our ticket and queues behind it. Ticket names are
// unique per process, so removing a dead process's files never removes
// someone else's.
import { utimesSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ExitCode } from '../exit-codes.js'
import { currentProcess } from './liveness.js'
import { ensureSharedDir, keyToDirName, LockDirError, resolveLockDir } from './lock-dir.js'
import {
  addChild,
  readQueue,
  removeFile,
  takeTicket,
  TICKET_NAME,
  type LockHolder,
} from './lock-queue.js'
import type { BoardSpec } from './spec.js'
import { VIRTUAL_PREFIX } from './virtual.js'
import { realPath } from '../util/real-path.js'

export type { LockHolder } from './lock-queue.js'

const POLL_MS = 100
const REPORT_EVERY_MS = 10_000

export interface AcquireOptions {
  /** Lock directory; by default as resolveLockDir finds it. */
  dir?: string
  /** Give up after this long (Infinity: wait for ever). */
  timeoutMs: number
  /** Who is asking, e.g. `owner/repo/123 job flash`; shown to those who wait. */
  description: string
  /** Called while another process holds the lock: at once, when the holder changes, then every `reportEveryMs`. */
  onWait?: (holder: LockHolder, ahead: number) => void
  reportEveryMs?: number
  signal?: AbortSignal
}

export interface ProbeLock {
  key: string
  /** The ticket file; `releaseProbeLockTicket` releases it from another process. */
  ticket: string
  /** Idempotent. */
  release(): void
  /** Records a process that holds the probe (OpenOCD), to be stopped if we die holding the lock. */
  addChild(pid: number): void
}

export class LockTimeoutError extends Error {
  readonly exitCode = ExitCode.LockTimeout

  constructor(
    readonly key: string,
    readonly holder: LockHolder | undefined,
    waitedMs: number,
  ) {
    const by = holder ? `held by ${formatHolder(holder)}` : 'busy'
    super(`probe ${key} is still ${by} after waiting ${formatSeconds(waitedMs)}`)
    this.name = 'LockTimeoutError'
  }
}

/** `pid 123 on host (owner/repo/1 job flash) since 2024-05-01T10:00:00.000Z` */
export function formatHolder(h: LockHolder): string {
  const what = h.description ? ` (${h.description})` : ''
  return `pid ${h.pid} on ${h.hostname}${what} since ${h.since.toISOString()}`
}

const formatSeconds = (ms: number) => `${Math.round(ms / 100) / 10} s`

/**
 * Which lock guards the board's probe: its serial; for a virtual board the
 * real path of its state file (two names for one state file are one board:
 * unserialized, one run's write would be lost), else its name; for a probe
 * without serial its interface, since OpenOCD then opens whichever probe of
 * that kind it finds first.
 */
export function probeLockKey(board: BoardSpec): string {
  if (board.virtual) {
    if (board.virtual.state) return VIRTUAL_PREFIX + realPath(path.resolve(board.virtual.state))
    return board.name.startsWith(VIRTUAL_PREFIX) ? board.name : VIRTUAL_PREFIX + board.name
  }
  // Lower case: some drivers match serials without case, so these are one probe.
  if (board.serial) return board.serial.toLowerCase()
  return `interface:${board.interface.join('+')}`
}

// Our tickets, removed if the process exits without releasing them. (A
// process killed by a signal leaves them; others then find them stale.)
const ownTickets = new Set<string>()
let exitHookInstalled = false

function track(ticket: string): void {
  if (!exitHookInstalled) {
    process.on('exit', () => ownTickets.forEach(removeFile))
    exitHookInstalled = true
  }
  ownTickets.add(ticket)
}

function untrack(ticket: string): void {
  ownTickets.delete(ticket)
  removeFile(ticket)
}

export async function acquireProbeLock(key: string, opts: AcquireOptions): Promise<ProbeLock> {
  const base = resolveLockDir({ dir: opts.dir, env: process.env })
  const keyDir = path.join(base, keyToDirName(key))
  const queuedAt = new Date()
  let ticket: string
  try {
    ensureSharedDir(base)
    ensureSharedDir(keyDir)
    ticket = takeTicket(keyDir, {
      ...currentProcess(),
      description: opts.description,
      queuedAt: queuedAt.toISOString(),
    })
  } catch (err) {
    throw new LockDirError(base, err)
  }
  track(ticket)
  try {
    await waitForTurn(key, keyDir, ticket, queuedAt.getTime(), opts)
  } catch (err) {
    untrack(ticket)
    throw err
  }
  // The ticket's mtime tells others since when we hold the lock.
  const now = new Date()
  utimesSync(ticket, now, now)
  return { key, ticket, release: () => untrack(ticket), addChild: (pid) => addChild(ticket, pid) }
}

async function waitForTurn(
  key: string,
  keyDir: string,
  ticket: string,
  start: number,
  opts: AcquireOptions,
) {
  const deadline = start + opts.timeoutMs
  const reportEvery = opts.reportEveryMs ?? REPORT_EVERY_MS
  let choosing: Set<string> | undefined
  let reported: { ticket: string; at: number } | undefined
  for (;;) {
    opts.signal?.throwIfAborted()
    const queue = readQueue(keyDir)
    // Only those choosing when we got our ticket can come before us.
    const before = choosing
    choosing = before
      ? new Set([...queue.choosing].filter((name) => before.has(name)))
      : queue.choosing
    const ahead = queue.tickets.findIndex((t) => t.ticket === ticket)
    if (ahead < 0)
      throw new Error(`the lock ticket ${ticket} was removed by another process while waiting`)
    if (ahead === 0 && choosing.size === 0) return

    const holder = ahead > 0 ? queue.tickets[0] : undefined
    const now = Date.now()
    if (
      holder &&
      opts.onWait &&
      (reported?.ticket !== holder.ticket || now - reported.at >= reportEvery)
    ) {
      opts.onWait(holder, ahead)
      reported = { ticket: holder.ticket, at: now }
    }
    if (now >= deadline) throw new LockTimeoutError(key, holder, now - start)
    await sleep(Math.min(POLL_MS, deadline - now), undefined, { signal: opts.signal }).catch(
      (err) => {
        // Reject with the signal's reason, as throwIfAborted does.
        opts.signal?.throwIfAborted()
        throw err
      },
    )
  }
}

/**
 * Releases a lock another process took, by its ticket path: for the
 * action's post step, after a main step that may not have got to it.
 * Returns whether the ticket was still there.
 */
export function releaseProbeLockTicket(ticket: string): boolean {
  if (!TICKET_NAME.test(path.basename(ticket)))
    throw new Error(`${ticket} is not a probe lock ticket`)
  return removeFile(ticket)
}
