// Shared option parsing for subcommands: parseArgs with errors turned into
// one-line messages and exit code 2.
import { parseDuration as parseDurationText } from '../util/units.js'
import { parseArgs, type ParseArgsConfig } from 'node:util'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>

/** What parseArgs returns for these options (named, so that declarations can refer to it). */
export type ParsedOptions<T extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>
>

export function parseOptions<T extends OptionsConfig>(
  argv: string[],
  options: T,
  allowPositionals = true,
): ParsedOptions<T> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
}

/** `30s`, `500ms`, `2m` or plain seconds → milliseconds. */
export function parseDuration(value: string, name: string): number {
  const ms = parseDurationText(value)
  if (ms === undefined)
    throw new UsageError(`--${name}: '${value}' is not a duration such as 30s, 500ms or 2m`)
  return ms
}

export function parseInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name}: '${value}' is not a whole number`)
  return Number(value)
}
