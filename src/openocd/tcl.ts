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
const ANY_CONTROL = /[\x00-\x1f\x7f]/
// A script may span lines and hold tabs; those survive as escapes.
// eslint-disable-next-line no-control-regex
const SCRIPT_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/
const LINE_ESCAPES: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' }

// Every character other than ASCII letters, digits and a few inert marks is
// backslash-escaped, which leaves no substitution ($, [, \), grouping ({, ",
// whitespace) or separator (;) active.
function quote(value: string, control: RegExp): string {
  if (control.test(value)) throw new UnsafeArgumentError(value, 'it contains a control character')
  if (value === '') return '{}'
  return value.replace(/[^A-Za-z0-9_./:+-]/gu, (c) => LINE_ESCAPES[c] ?? `\\${c}`)
}

/** Quotes a value as one Tcl word. */
export function tclWord(value: string | number | bigint): string {
  return quote(String(value), ANY_CONTROL)
}

/** Quotes a whole Tcl script (a raw command, possibly several lines) as one word, for `eval`. */
export function tclScript(script: string): string {
  return quote(script, SCRIPT_CONTROL)
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
