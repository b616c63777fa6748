export declare class DirectoryError extends Error {
    constructor(message: string);
}
/** Makes `dir` (absolute or relative) a folder; `what` names it in messages. */
export declare function makeDirectory(dir: string, what: string): void;
