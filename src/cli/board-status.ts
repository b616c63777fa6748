// Each inventory board with the state of its probe lock, for `boards`.
import type { InventoryBoard } from '../board/inventory.js'
import { probeLockKey } from '../board/lock.js'
import { listLocks, lockStatus, type LockStatus } from '../board/lock-status.js'

export interface BoardStatus {
  board: InventoryBoard
  lock: LockStatus
}

export interface LabStatus {
  boards: BoardStatus[]
  /** Held locks that belong to no inventory board, e.g. `virtual:stm32f103` runs. */
  otherLocks: LockStatus[]
}

export function labStatus(boards: Iterable<InventoryBoard>, lockDir: string): LabStatus {
  const statuses = [...boards].map((board) => ({
    board,
    lock: lockStatus(probeLockKey(board), lockDir),
  }))
  const known = new Set(statuses.map((s) => s.lock.key))
  const otherLocks = listLocks(lockDir).filter((l) => l.holder && !known.has(l.key))
  return { boards: statuses, otherLocks }
}
