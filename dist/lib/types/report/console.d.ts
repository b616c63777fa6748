import type { RunEvent } from '../engine/events.js';
export declare function consoleLines(e: RunEvent): string[];
