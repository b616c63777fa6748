/** `65536`, `0x10000`, `64K`, `64KiB`, `1M` → bytes; undefined when not a positive size. */
export declare function parseSize(size: string | number): number | undefined;
/** `30s`, `500ms`, `2m`, or plain seconds → milliseconds; undefined when not a duration. */
export declare function parseDuration(text: string): number | undefined;
/** The longest delay a timer can wait (setTimeout fires at once beyond it). */
export declare const MAX_TIMER_MS: number;
/** Why `ms` cannot be a time limit, or undefined when it can. */
export declare function durationProblem(ms: number): string | undefined;
