// `openocd-flash sim`: runs a virtual target in the foreground until SIGINT
// or SIGTERM, and prints the OpenOCD arguments that connect to it.
import { VIRTUAL_CHIPS, type VirtualChip } from '../../board/spec.js'
import { ExitCode } from '../../exit-codes.js'
import { openocdArgs, startVirtualTarget, type VirtualTarget } from '../../sim/index.js'
import { FAULT_SYNTAX, parseByteCount } from '../../sim/faults.js'
import { parseOptions } from '../args.js'

const USAGE = `usage: openocd-flash sim --chip stm32f103|stm32f407|stm32g431|stm32h7a3 [--flash-size 64K|128K]
                         (--socket PATH | --port N) [--state FILE] [--fault SPEC]...
                         [--transport jtag|swd] [--power-switch PATH]

Runs a simulated STM32 that OpenOCD drives over its remote_bitbang adapter
(JTAG, or SWD with OpenOCD builds after 0.12.0), until Ctrl-C or SIGTERM, and
prints the OpenOCD arguments for it.

options:
  --chip CHIP         stm32f103 (64 or 128 KiB flash), stm32f407 (1 MiB),
                      stm32g431 (128 KiB) or stm32h7a3 (2 MiB in two banks)
  --flash-size SIZE   flash size, e.g. 64K or 128K (default: the smallest)
  --socket PATH       listen on a unix socket (faster)
  --port N            listen on TCP 127.0.0.1:N (0 picks a free port)
  --state FILE        keep flash and option bytes in FILE across runs
  --transport NAME    jtag (default, any OpenOCD) or swd (OpenOCD after 0.12.0);
                      the printed arguments select it
  --fault SPEC        inject a fault; may be repeated:
${FAULT_SYNTAX.map((line) => `                        ${line}`).join('\n')}
  --power-switch PATH the board's power switch, a unix socket: a line 'off'
                      drops OpenOCD and refuses it, 'on' clears a wedged link
                      and starts the chip from reset (for power-cycle commands)
  --help              show this help`

interface SimOptions {
  chip: VirtualChip
  flashSize?: number
  socket?: string
  port?: number
  state?: string
  faults: string[]
  transport?: string
  powerSwitch?: string
}

export default async function sim(argv: string[]): Promise<number> {
  let options: SimOptions | 'help'
  try {
    options = simOptions(argv)
  } catch (error) {
    console.error(`openocd-flash sim: ${(error as Error).message} (see openocd-flash sim --help)`)
    return ExitCode.InvalidInput
  }
  if (options === 'help') {
    console.log(USAGE)
    return ExitCode.Success
  }
  let target: VirtualTarget
  try {
    target = await startVirtualTarget(options)
  } catch (error) {
    console.error(`openocd-flash sim: ${(error as Error).message}`)
    return ExitCode.InvalidInput
  }
  const where =
    'socket' in target.endpoint
      ? `unix socket ${target.endpoint.socket}`
      : `127.0.0.1:${target.endpoint.port}`
  console.log(`virtual ${target.part} (${target.flashSize / 1024} KiB flash) listening on ${where}`)
  console.log('connect with:')
  console.log(`  openocd ${openocdArgs(target.openocdConfig()).map(shellWord).join(' ')}`)
  if (options.powerSwitch)
    console.log(`power switch on unix socket ${options.powerSwitch} (send a line: off or on)`)
  console.log('stop with Ctrl-C')
  const signal = await stopSignal()
  try {
    await target.close()
  } catch (error) {
    console.error(`openocd-flash sim: ${(error as Error).message}`)
    return ExitCode.Infrastructure
  }
  console.log(`stopped (${signal})${options.state ? `, state saved to ${options.state}` : ''}`)
  return ExitCode.Success
}

function simOptions(argv: string[]): SimOptions | 'help' {
  const { values } = parseOptions(
    argv,
    {
      chip: { type: 'string' },
      'flash-size': { type: 'string' },
      socket: { type: 'string' },
      port: { type: 'string' },
      state: { type: 'string' },
      fault: { type: 'string', multiple: true },
      transport: { type: 'string' },
      'power-switch': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  )
  if (values.help) return 'help'
  const chip = values.chip
  if (chip === undefined) throw new Error(`--chip is required (${VIRTUAL_CHIPS.join(' or ')})`)
  if ((values.socket === undefined) === (values.port === undefined)) {
    throw new Error('give exactly one of --socket PATH and --port N')
  }
  // The chip name, flash size, fault specs and transport are checked by startVirtualTarget.
  return {
    chip: chip as VirtualChip,
    flashSize: values['flash-size'] === undefined ? undefined : flashSize(values['flash-size']),
    socket: values.socket,
    port: values.port === undefined ? undefined : port(values.port),
    state: values.state,
    faults: values.fault ?? [],
    transport: values.transport,
    powerSwitch: values['power-switch'],
  }
}

function flashSize(text: string): number {
  const bytes = parseByteCount(text)
  if (bytes === undefined || bytes === 0)
    throw new Error(`--flash-size ${text} is not a size such as 64K`)
  return bytes
}

function port(text: string): number {
  const value = /^\d+$/u.test(text) ? Number(text) : NaN
  if (!(value <= 65535)) throw new Error(`--port ${text} is not a port number (0-65535)`)
  return value
}

function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve(signal)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

/** Quotes an argument for a POSIX shell, only when it needs it. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/u.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`
}
