export declare function dieWithParent(program: string, args: readonly string[], env?: NodeJS.ProcessEnv): {
    command: string;
    args: string[];
};
