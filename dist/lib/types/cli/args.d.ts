import { parseArgs, type ParseArgsConfig } from 'node:util';
export declare class UsageError extends Error {
    constructor(message: string);
}
type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
/** What parseArgs returns for these options (named, so that declarations can refer to it). */
export type ParsedOptions<T extends OptionsConfig> = ReturnType<typeof parseArgs<{
    args: string[];
    options: T;
    allowPositionals: boolean;
    strict: true;
}>>;
export declare function parseOptions<T extends OptionsConfig>(argv: string[], options: T, allowPositionals?: boolean): ParsedOptions<T>;
/** `30s`, `500ms`, `2m` or plain seconds → milliseconds. */
export declare function parseDuration(value: string, name: string): number;
export declare function parseInteger(value: string | undefined, name: string): number | undefined;
export {};
