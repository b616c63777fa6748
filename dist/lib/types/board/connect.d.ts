import { type OpenOcdConfigItem } from '../openocd/config.js';
import type { BoardSpec } from './spec.js';
export interface BoardTarget {
    config: OpenOcdConfigItem[];
    searchDirs: string[];
    /** What was started for the board, for the run's log; absent for a real probe. */
    started?: string;
    /** Stops what was started for the board (the simulator); a no-op for a real probe. */
    close(): Promise<void>;
}
export declare function openBoardTarget(board: BoardSpec): Promise<BoardTarget>;
