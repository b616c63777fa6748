// The OpenOCD configuration that connects to a virtual target, so that
// neither users nor tests write it by hand.
import { tclWord } from '../openocd/tcl.js'
import type { ChipDescription } from './chips/description.js'
import type { BoundAddress } from './remote-bitbang-server.js'

export type OpenOcdConfigItem = { file: string } | { command: string }

/** JTAG works with every OpenOCD; SWD over remote_bitbang needs one after 0.12.0. */
export type SimTransport = 'jtag' | 'swd'
export const SIM_TRANSPORTS: readonly SimTransport[] = ['jtag', 'swd']

export function openocdConfigFor(
  description: ChipDescription,
  address: BoundAddress,
  transport: SimTransport = 'jtag',
): OpenOcdConfigItem[] {
  // Port 0 tells OpenOCD 0.12 that the host is a unix socket path.
  const [port, host] = 'socket' in address ? [0, address.socket] : [address.port, address.host]
  return [
    { command: 'adapter driver remote_bitbang' },
    { command: `remote_bitbang port ${port}` },
    { command: `remote_bitbang host ${tclWord(host)}` },
    { command: `transport select ${transport}` },
    ...Object.entries(description.openocd.variables ?? {}).map(([name, value]) => ({
      command: `set ${name} ${tclWord(value)}`,
    })),
    // The stock target config, as a user passes it: its work area and
    // reset events included.
    { file: description.openocd.targetConfig },
  ]
}

/** The config as OpenOCD command-line arguments (-c / -f), in order. */
export function openocdArgs(config: readonly OpenOcdConfigItem[]): string[] {
  return config.flatMap((item) => ('file' in item ? ['-f', item.file] : ['-c', item.command]))
}
