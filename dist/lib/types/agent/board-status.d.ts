import type { InventoryBoard } from '../board/inventory.js';
import { type LockStatus } from '../board/lock-status.js';
export interface BoardStatus {
    board: InventoryBoard;
    lock: LockStatus;
}
export interface LabStatus {
    boards: BoardStatus[];
    /** Held locks that belong to no inventory board, e.g. `virtual:stm32f103` runs. */
    otherLocks: LockStatus[];
}
export declare function labStatus(boards: Iterable<InventoryBoard>, lockDir: string): LabStatus;
