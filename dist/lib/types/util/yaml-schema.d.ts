import type { z } from 'zod';
export interface SourceProblem {
    file: string;
    line: number;
    column: number;
    /** The path inside the document, e.g. `steps[2].image`. */
    path: string;
    message: string;
}
export declare class SourceError extends Error {
    readonly problems: SourceProblem[];
    constructor(problems: SourceProblem[]);
}
export declare function formatProblem(p: SourceProblem): string;
export declare function formatPath(path: readonly PropertyKey[]): string;
/** Step files and inventories are small; beyond this, parsing alone could exhaust memory. */
export declare const MAX_YAML_BYTES: number;
/**
 * Reads a YAML file for parseYaml: refused before reading when too large,
 * and when it is not UTF-8 (its text would be silently altered).
 */
export declare function readYamlFile(file: string): string;
export interface Located<T> {
    value: T;
    /** Line and column (1-based) of the node at a path, or of the document start. */
    locate(path: readonly PropertyKey[]): {
        line: number;
        column: number;
    };
}
/**
 * Parses `text` (named `file` in messages) and validates it with `schema`.
 * Throws SourceError listing every syntax and schema problem.
 */
export declare function parseYaml<S extends z.ZodType>(text: string, file: string, schema: S): Located<z.output<S>>;
