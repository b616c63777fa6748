import type { RunEvent, Transfer } from '../engine/events.js';
import type { PowerCycleRecord } from './model.js';
/** The lines of one event; `color` paints the flash strip (a terminal without NO_COLOR). */
export declare function consoleLines(e: RunEvent, color?: boolean): string[];
/**
 * Console lines for a log that is not a terminal (a CI log): every event's
 * lines, and of a step's or the restore's transfer progress one line per
 * tenth done, or after `everyMs` without one, so a long transfer shows it is
 * moving without flooding the log.
 */
export declare function consoleLog(everyMs?: number): (e: RunEvent) => string[];
/** `read 512 KiB of 1 MiB (50 %), 42.7 KiB/s` */
export declare function transferText(t: Transfer): string;
export declare function percent(t: Transfer): number;
export declare function powerCycleLines(p: PowerCycleRecord): string[];
