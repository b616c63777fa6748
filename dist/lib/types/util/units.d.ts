/** `65536`, `0x10000`, `64K`, `64KiB`, `1M` → bytes; undefined when not a positive size. */
export declare function parseSize(size: string | number): number | undefined;
/** `30s`, `500ms`, `2m`, or plain seconds → milliseconds; undefined when not a duration. */
export declare function parseDuration(text: string): number | undefined;
