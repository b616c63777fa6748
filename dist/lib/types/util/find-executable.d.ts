/** A path to `program` that can be run, or undefined. */
export declare function findExecutable(program: string, env?: NodeJS.ProcessEnv): string | undefined;
