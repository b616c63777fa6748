// `openocd-flash boards` output: a table for people, JSON for scripts.
import type { InventoryBoard } from '../board/inventory.js'
import { formatHolder, type LockHolder } from '../board/lock.js'
import type { LockStatus } from '../board/lock-status.js'
import { formatSize } from '../board/virtual.js'
import type { SourceProblem } from '../util/yaml-schema.js'
import type { LabStatus } from './board-status.js'

/** `stlink/stm32f4x` for a probe, `virtual stm32f103:128K` for the simulator. */
export function boardKind(board: InventoryBoard): string {
  if (board.virtual) {
    const size = board.virtual.flashSize ? `:${formatSize(board.virtual.flashSize)}` : ''
    return `virtual ${board.virtual.chip}${size}`
  }
  const names = (files: string[]) =>
    files.map((f) => f.replace(/^.*\//, '').replace(/\.cfg$/, '')).join('+')
  return `${names(board.interface)}/${names(board.target)}`
}

export function lockText(lock: LockStatus): string {
  if (!lock.holder) return 'free'
  const waiting = lock.waiting.length > 0 ? `; ${lock.waiting.length} waiting` : ''
  return `held by ${formatHolder(lock.holder)}${waiting}`
}

export function boardsTable(lab: LabStatus, header: string): string {
  const rows = lab.boards.map(({ board, lock }) => [
    board.name,
    boardKind(board),
    board.serial ?? '-',
    board.labels.join(',') || '-',
    lockText(lock),
  ])
  const lines = [header, ...table([['BOARD', 'KIND', 'SERIAL', 'LABELS', 'STATUS'], ...rows])]
  if (lab.otherLocks.length > 0) {
    lines.push('', 'other probes locked now (not in the inventory):')
    for (const lock of lab.otherLocks) lines.push(`  ${lock.key}: ${lockText(lock)}`)
  }
  return lines.join('\n')
}

// Columns padded to the widest cell; the last one is left as it is.
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows.map((r) =>
    r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '),
  )
}

const holderJson = (h: LockHolder) => ({
  pid: h.pid,
  hostname: h.hostname,
  description: h.description,
  queuedAt: h.queuedAt.toISOString(),
  since: h.since.toISOString(),
})

const lockJson = (lock: LockStatus) => ({
  lockKey: lock.key,
  status: lock.holder ? ('held' as const) : ('free' as const),
  holder: lock.holder && holderJson(lock.holder),
  waiting: lock.waiting.map(holderJson),
})

export function boardsJson(
  lab: LabStatus,
  where: { inventory: string; lockDir: string },
  warnings: SourceProblem[],
) {
  return {
    ...where,
    boards: lab.boards.map(({ board, lock }) => ({
      name: board.name,
      kind: board.virtual ? ('virtual' as const) : ('probe' as const),
      chip: board.virtual?.chip,
      interface: board.interface,
      target: board.target,
      serial: board.serial,
      labels: board.labels,
      ...lockJson(lock),
    })),
    otherLocks: lab.otherLocks.map(lockJson),
    warnings,
  }
}
