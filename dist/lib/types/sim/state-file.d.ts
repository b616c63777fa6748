import type { NonVolatileRegion } from './flash/flash-controller.js';
/**
 * Loads `path` into `regions`. Returns false if the file does not exist;
 * throws an Error with a one-line message if it cannot be used.
 */
export declare function loadState(path: string, part: string, regions: readonly NonVolatileRegion[]): boolean;
/** Writes the regions to `path`, through a temporary file so a crash never leaves half a state. */
export declare function saveState(path: string, part: string, regions: readonly NonVolatileRegion[]): void;
