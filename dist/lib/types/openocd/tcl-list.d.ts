export declare function parseTclList(text: string): string[];
/** A Tcl dict (a list of alternating keys and values) as a plain object. */
export declare function parseTclDict(text: string): Record<string, string>;
