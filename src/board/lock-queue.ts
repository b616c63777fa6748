// The files of one probe's queue, in the key's folder:
//   c-<id>              "choosing": written before a ticket number is picked
//   t-<seq>-<id>        a ticket, a hard link of the choosing file
// Both hold the writer's record (JSON). The holder is the lowest live ticket;
// see lock.ts for why the choosing files make this safe.
import { randomBytes } from 'node:crypto'
import {
  linkSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { signalGroup } from '../util/children.js'
import { isProcessAlive, processStartTime, type ProcessIdentity } from './liveness.js'

/** What a queue file records about the process that wrote it. */
export interface TicketRecord extends ProcessIdentity {
  description: string
  /** When the ticket was taken (ISO 8601). */
  queuedAt: string
  /**
   * Processes the holder started that keep the probe open (OpenOCD). They run
   * in their own process group, so a holder killed with SIGKILL leaves them
   * behind; whoever finds the ticket stale stops them.
   */
  children?: ProcessIdentity[]
}

/** A live ticket of the queue. */
export interface LockHolder extends ProcessIdentity {
  description: string
  queuedAt: Date
  /** For the holder, since when it holds the lock; for a waiter, when it queued. */
  since: Date
  /** Path of the ticket file; removing it releases the lock. */
  ticket: string
}

export interface QueueState {
  /** Live tickets, first come first. */
  tickets: LockHolder[]
  /** Names of live choosing files. */
  choosing: Set<string>
}

const SEQ_DIGITS = 10
// Any number of digits: a ticket past 10 digits (or planted by hand) must
// still count, and order by its number, not by its name.
export const TICKET_NAME = /^t-(\d+)-[\w-]+$/
const CHOOSING_NAME = /^c-[\w-]+$/

// A file we cannot parse (e.g. its writer died while writing) stops
// counting after this long.
const UNREADABLE_GRACE_MS = 10_000

/** Takes a ticket numbered after every existing one in `keyDir`; returns its path. */
export function takeTicket(keyDir: string, record: TicketRecord): string {
  const id = `${record.pid}-${randomBytes(6).toString('hex')}`
  const choosing = path.join(keyDir, `c-${id}`)
  writeFileSync(choosing, JSON.stringify(record), { flag: 'wx' })
  try {
    const seq =
      1n +
      readdirSync(keyDir)
        .map(ticketSeq)
        .reduce((a, b) => (b > a ? b : a), 0n)
    const ticket = path.join(keyDir, `t-${String(seq).padStart(SEQ_DIGITS, '0')}-${id}`)
    // A link, so that the ticket appears with its whole record at once.
    linkSync(choosing, ticket)
    return ticket
  } finally {
    removeFile(choosing)
  }
}

/** A ticket's number; a bigint, so that no number of digits overflows. */
function ticketSeq(name: string): bigint {
  const m = TICKET_NAME.exec(name)
  return m ? BigInt(m[1]) : 0n
}

function byTicketNumber(a: LockHolder, b: LockHolder): number {
  const d = ticketSeq(path.basename(a.ticket)) - ticketSeq(path.basename(b.ticket))
  return d < 0n ? -1 : d > 0n ? 1 : a.ticket < b.ticket ? -1 : 1
}

/** The live queue; files of dead writers are removed on the way. */
export function readQueue(keyDir: string): QueueState {
  const state: QueueState = { tickets: [], choosing: new Set() }
  let names: string[]
  try {
    names = readdirSync(keyDir).sort()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return state
    throw err
  }
  for (const name of names) {
    const isTicket = TICKET_NAME.test(name)
    if (!isTicket && !CHOOSING_NAME.test(name)) continue
    const file = path.join(keyDir, name)
    const entry = readEntry(file)
    if (typeof entry === 'object' && 'stale' in entry) {
      stopOrphans(entry.stale)
      removeFile(file)
    }
    // A choosing file may be read before its writer wrote the record; it counts.
    else if (!isTicket && entry !== 'gone') state.choosing.add(name)
    else if (isTicket && typeof entry === 'object') state.tickets.push(toHolder(entry, file))
  }
  state.tickets.sort(byTicketNumber)
  return state
}

interface Entry {
  record: TicketRecord
  mtime: Date
}

function toHolder({ record, mtime }: Entry, ticket: string): LockHolder {
  return { ...record, queuedAt: new Date(record.queuedAt), since: mtime, ticket }
}

function readEntry(
  file: string,
): Entry | { stale: TicketRecord | undefined } | 'gone' | 'unreadable' {
  let text: string
  let mtime: Date
  try {
    mtime = statSync(file).mtime
    text = readFileSync(file, 'utf8')
  } catch {
    return 'gone'
  }
  const record = parseRecord(text)
  if (!record) {
    return Date.now() - mtime.getTime() > UNREADABLE_GRACE_MS ? { stale: undefined } : 'unreadable'
  }
  return isProcessAlive(record) ? { record, mtime } : { stale: record }
}

function parseRecord(text: string): TicketRecord | undefined {
  try {
    const r = JSON.parse(text) as Partial<TicketRecord>
    const valid =
      Number.isSafeInteger(r.pid) &&
      typeof r.hostname === 'string' &&
      typeof r.description === 'string' &&
      typeof r.queuedAt === 'string'
    return valid ? (r as TicketRecord) : undefined
  } catch {
    return undefined
  }
}

/**
 * Records a child process in a ticket. The file is replaced by rename so a
 * reader never sees half a record, and keeps its mtime ("since").
 */
export function addChild(ticket: string, pid: number): void {
  const { mtime } = statSync(ticket)
  const record = parseRecord(readFileSync(ticket, 'utf8'))
  if (!record) return
  const child = { pid, hostname: record.hostname, processStart: processStartTime(pid) }
  const next = { ...record, children: [...(record.children ?? []), child] }
  const temp = `${path.dirname(ticket)}/.${path.basename(ticket)}.tmp`
  writeFileSync(temp, JSON.stringify(next))
  utimesSync(temp, mtime, mtime)
  renameSync(temp, ticket)
}

// The children of a dead holder, if still running (same pid and start time):
// their whole process group is killed, freeing the probe for the next job.
function stopOrphans(record: TicketRecord | undefined): void {
  for (const child of record?.children ?? []) {
    if (child.processStart !== undefined && isProcessAlive(child)) signalGroup(child.pid, 'SIGKILL')
  }
}

/** Removes a queue file; true if it was there. Other failures are left to the stale check. */
export function removeFile(file: string): boolean {
  try {
    unlinkSync(file)
    return true
  } catch {
    return false
  }
}
