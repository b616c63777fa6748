import { parseOptions, type ParsedOptions } from '../cli/args.js';
type Options = Parameters<typeof parseOptions>[1] & {
    help: {
        type: 'boolean';
    };
};
/** The option values, or the exit code to return at once (after --help or a usage error). */
export declare function commandOptions<T extends Options>(command: string, argv: string[], options: T, help: string): ParsedOptions<T>['values'] | number;
export {};
