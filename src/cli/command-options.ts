// Option parsing shared by `boards`, `doctor` and `power-cycle`: --help, and usage errors
// as one line plus a pointer to --help, with exit code 2.
import { parseOptions, usageLine, UsageError, type ParsedOptions } from './args.js'
import { ExitCode } from '../exit-codes.js'

type Options = Parameters<typeof parseOptions>[1] & { help: { type: 'boolean' } }

/** The options (and arguments, if allowed), or the exit code to return at once (after --help or a usage error). */
export function commandOptions<T extends Options>(
  command: string,
  argv: string[],
  options: T,
  help: string,
  allowPositionals = false,
): ParsedOptions<T> | number {
  let parsed: ParsedOptions<T>
  try {
    parsed = parseOptions(argv, options, allowPositionals)
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    console.error(`openocd-flash ${command}: ${err.message}`)
    console.error(usageLine(help))
    console.error(`run 'openocd-flash ${command} --help' for the options`)
    return ExitCode.InvalidInput
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(help)
    return ExitCode.Success
  }
  return parsed
}
