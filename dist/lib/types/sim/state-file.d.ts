import type { NonVolatileRegion } from './flash/flash-controller.js';
/** A state file that exists but cannot be used: the user's input, not the lab's fault. */
export declare class StateFileError extends Error {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/**
 * Loads `path` into `regions`. Returns false if the file does not exist;
 * throws a StateFileError with a one-line message if it cannot be used.
 */
export declare function loadState(path: string, part: string, regions: readonly NonVolatileRegion[]): boolean;
/** Writes the regions to `path`, through a temporary file so a crash never leaves half a state. */
export declare function saveState(path: string, part: string, regions: readonly NonVolatileRegion[]): void;
