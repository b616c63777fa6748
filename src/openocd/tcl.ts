// Quoting of values as Tcl words. Every value that reaches OpenOCD's Tcl
// interpreter from a user (file names, numbers, names) goes through tclWord,
// so `fw[exec rm -rf ~].bin` stays a file name and is never evaluated.

/** Thrown for a value that cannot be passed to OpenOCD safely. */
export class UnsafeArgumentError extends Error {
  constructor(value: string, reason: string) {
    super(`cannot pass ${JSON.stringify(value)} to OpenOCD: ${reason}`)
    this.name = 'UnsafeArgumentError'
  }
}

// 0x1a ends a TCL RPC message; other control characters have no business in
// a file name or number and would be mangled by Tcl's backslash rules.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f]/

/**
 * Quotes a value as one Tcl word: every character other than ASCII letters,
 * digits and a few inert punctuation marks is backslash-escaped, which leaves
 * no substitution ($, [, \), grouping ({, ", whitespace) or separator (;) active.
 */
export function tclWord(value: string | number | bigint): string {
  const s = String(value)
  if (s === '') return '{}'
  if (CONTROL.test(s)) throw new UnsafeArgumentError(s, 'it contains a control character')
  return s.replace(/[^A-Za-z0-9_./:+-]/gu, (c) => `\\${c}`)
}

/** Formats a number as a Tcl-safe hexadecimal literal (0x...). */
export function tclHex(n: number | bigint): string {
  if (typeof n === 'number' && (!Number.isSafeInteger(n) || n < 0)) {
    throw new UnsafeArgumentError(String(n), 'it is not a non-negative integer')
  }
  return `0x${n.toString(16)}`
}

/** Joins a command name (trusted) and user values (quoted) into one command. */
export function tclCommand(name: string, ...args: Array<string | number | bigint>): string {
  return [name, ...args.map(tclWord)].join(' ')
}
