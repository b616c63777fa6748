// OpenOCD configuration as an ordered list of files and commands, turned into
// argv without a shell. Files become `script <word>` commands rather than `-f`
// because OpenOCD wraps -f arguments in braces unquoted, so a `}` in a file
// name would break out of them.
import { tclCommand } from './tcl.js'

export type OpenOcdConfigItem = { file: string } | { command: string }

export interface ServerPorts {
  /** TCL RPC port: 0 picks a free one. */
  tcl: number
  /** Telnet port, or 'disabled' (the default). */
  telnet?: number | 'disabled'
  /** GDB port, or 'disabled' (the default). */
  gdb?: number | 'disabled'
}

export function openOcdArgs(
  config: readonly OpenOcdConfigItem[],
  options: { searchDirs?: readonly string[]; ports: ServerPorts; debugLevel?: number },
): string[] {
  const { ports } = options
  const args: string[] = []
  if (options.debugLevel !== undefined) args.push('-d' + String(options.debugLevel))
  for (const dir of options.searchDirs ?? []) args.push('-s', dir)
  args.push(
    '-c',
    'bindto 127.0.0.1',
    '-c',
    serverPort('tcl', ports.tcl),
    '-c',
    serverPort('telnet', ports.telnet ?? 'disabled'),
    '-c',
    serverPort('gdb', ports.gdb ?? 'disabled'),
  )
  for (const item of config) {
    args.push('-c', 'file' in item ? tclCommand('script', item.file) : item.command)
  }
  // init is sent over RPC, so its failure comes back as an answer we can
  // classify instead of a dead process.
  args.push('-c', 'noinit')
  return args
}

/**
 * `tcl port N` where the binary has the `tcl` command group (upstream
 * 73b15194e, after 0.12.0, which keeps `tcl_port` only as a proc that prints
 * a DEPRECATED line), `tcl_port N` where it does not. Decided by OpenOCD's
 * own Tcl, so no version guessing; the values are numbers or `disabled`.
 */
function serverPort(server: 'tcl' | 'telnet' | 'gdb', value: number | 'disabled'): string {
  const port = String(value)
  return `if {[llength [info commands ${server}]]} {${server} port ${port}} else {${server}_port ${port}}`
}

/**
 * Connect under reset: OpenOCD holds SRST while it examines the target, so
 * firmware that disables the debug pins or sleeps cannot run first. Needs
 * the probe's reset line wired to the target's NRST.
 */
export const CONNECT_UNDER_RESET = 'reset_config srst_only srst_nogate connect_assert_srst'

/** The usual board description (interface, adapter, target) as config items. */
export function boardConfig(board: {
  interface: readonly string[]
  target: readonly string[]
  config?: readonly string[]
  serial?: string
  speed?: number
  transport?: string
  commands?: readonly string[]
  connectUnderReset?: boolean
}): OpenOcdConfigItem[] {
  const items: OpenOcdConfigItem[] = board.interface.map((file) => ({ file }))
  if (board.serial !== undefined)
    items.push({ command: tclCommand('adapter serial', board.serial) })
  if (board.transport !== undefined)
    items.push({ command: tclCommand('transport select', board.transport) })
  if (board.speed !== undefined) items.push({ command: tclCommand('adapter speed', board.speed) })
  for (const file of board.target) items.push({ file })
  for (const file of board.config ?? []) items.push({ file })
  if (board.connectUnderReset) items.push({ command: CONNECT_UNDER_RESET })
  // Extra commands are the workflow author's own Tcl, passed through as written.
  for (const command of board.commands ?? []) items.push({ command })
  return items
}
