// Option parsing shared by `boards` and `doctor`: --help, and usage errors
// as one line plus a pointer to --help, with exit code 2.
import { parseOptions, usageLine, UsageError, type ParsedOptions } from './args.js'
import { ExitCode } from '../exit-codes.js'

type Options = Parameters<typeof parseOptions>[1] & { help: { type: 'boolean' } }

/** The option values, or the exit code to return at once (after --help or a usage error). */
export function commandOptions<T extends Options>(
  command: string,
  argv: string[],
  options: T,
  help: string,
): ParsedOptions<T>['values'] | number {
  let values: ParsedOptions<T>['values']
  try {
    values = parseOptions(argv, options, false).values
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    console.error(`openocd-flash ${command}: ${err.message}`)
    console.error(usageLine(help))
    console.error(`run 'openocd-flash ${command} --help' for the options`)
    return ExitCode.InvalidInput
  }
  if ((values as { help?: boolean }).help) {
    console.log(help)
    return ExitCode.Success
  }
  return values
}
