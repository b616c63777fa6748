import type { InventoryBoard } from '../board/inventory.js';
import type { LockStatus } from '../board/lock-status.js';
import type { SourceProblem } from '../util/yaml-schema.js';
import type { LabStatus } from './board-status.js';
/** `stlink/stm32f4x` for a probe, `virtual stm32f103:128K` for the simulator. */
export declare function boardKind(board: InventoryBoard): string;
export declare function lockText(lock: LockStatus): string;
export declare function boardsTable(lab: LabStatus, header: string): string;
export declare function boardsJson(lab: LabStatus, where: {
    inventory: string;
    lockDir: string;
}, warnings: SourceProblem[]): {
    boards: {
        lockKey: string;
        status: "free" | "held";
        holder: {
            pid: number;
            hostname: string;
            description: string;
            queuedAt: string;
            since: string;
        } | undefined;
        waiting: {
            pid: number;
            hostname: string;
            description: string;
            queuedAt: string;
            since: string;
        }[];
        name: string;
        kind: "virtual" | "probe";
        chip: "stm32f103" | "stm32f407" | undefined;
        interface: string[];
        target: string[];
        serial: string | undefined;
        labels: string[];
    }[];
    otherLocks: {
        lockKey: string;
        status: "free" | "held";
        holder: {
            pid: number;
            hostname: string;
            description: string;
            queuedAt: string;
            since: string;
        } | undefined;
        waiting: {
            pid: number;
            hostname: string;
            description: string;
            queuedAt: string;
            since: string;
        }[];
    }[];
    warnings: SourceProblem[];
    inventory: string;
    lockDir: string;
};
