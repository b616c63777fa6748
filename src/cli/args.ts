// Shared option parsing for subcommands: parseArgs with errors turned into
// one-line messages and exit code 2.
import { durationProblem, parseDuration as parseDurationText } from '../util/units.js'
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
    return parseArgs({
      args: attachNegativeValues(argv, options),
      options,
      allowPositionals,
      strict: true,
    })
  } catch (err) {
    throw new UsageError(usageMessage(err as Error & { code?: string }, Object.keys(options)))
  }
}

// `--lock-timeout -5`: parseArgs takes a value starting with '-' for an
// option and calls it ambiguous; pass it as `--lock-timeout=-5`, so the
// option's own check says what is wrong with the value.
function attachNegativeValues(argv: string[], options: OptionsConfig): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const next = argv[i + 1]
    const name = arg.startsWith('--') ? arg.slice(2) : undefined
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`)
      i++
    } else out.push(arg)
  }
  return out
}

// parseArgs's own text for a typo is a paragraph about positional arguments;
// say what is wrong and what was probably meant.
function usageMessage(err: Error & { code?: string }, names: string[]): string {
  if (err.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return err.message
  const given = /'([^']*)'/.exec(err.message)?.[1] ?? ''
  const meant = given.startsWith('--') ? closest(given.slice(2), names) : undefined
  return `unknown option ${given}${meant ? ` (did you mean --${meant}?)` : ''}`
}

/** The name within two edits of `word` (or that it abbreviates), if any. */
function closest(word: string, names: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined
  for (const name of names) {
    const distance = word.length >= 3 && name.startsWith(word) ? 1 : editDistance(word, name)
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance }
  }
  return best?.name
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j] + 1,
        row[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    previous = row
  }
  return previous[b.length]
}

/** The first line of a command's help: its usage line. */
export function usageLine(help: string): string {
  return help.split('\n', 1)[0]
}

/** `30s`, `500ms`, `2m` or plain seconds → milliseconds. */
export function parseDuration(value: string, name: string): number {
  const ms = parseDurationText(value)
  if (ms === undefined)
    throw new UsageError(`--${name}: '${value}' is not a duration such as 30s, 500ms or 2m`)
  const problem = durationProblem(ms)
  if (problem) throw new UsageError(`--${name}: '${value}' ${problem}`)
  return ms
}

export function parseInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name}: '${value}' is not a whole number`)
  return Number(value)
}
