import type { BoardSpec } from './spec.js';
export type BoardChoice = Pick<BoardSpec, 'interface' | 'target' | 'config' | 'commands' | 'searchDirs'> & Partial<Pick<BoardSpec, 'serial' | 'speed' | 'transport'>> & {
    /** Inventory name or `virtual:<chip>[:<size>]`. */
    board?: string;
    inventory?: string;
    /** Virtual boards only: state file and faults. */
    state?: string;
    faults: string[];
};
export declare function selectBoard(choice: BoardChoice, env: NodeJS.ProcessEnv): BoardSpec;
