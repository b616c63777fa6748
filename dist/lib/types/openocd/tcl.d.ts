/** Thrown for a value that cannot be passed to OpenOCD safely. */
export declare class UnsafeArgumentError extends Error {
    constructor(value: string, reason: string);
}
/** Quotes a value as one Tcl word. */
export declare function tclWord(value: string | number | bigint): string;
/** Quotes a whole Tcl script (a raw command, possibly several lines) as one word, for `eval`. */
export declare function tclScript(script: string): string;
/** Formats a number as a Tcl-safe hexadecimal literal (0x...). */
export declare function tclHex(n: number | bigint): string;
/** Joins a command name (trusted) and user values (quoted) into one command. */
export declare function tclCommand(name: string, ...args: Array<string | number | bigint>): string;
