import { ExitCode } from '../exit-codes.js'
import { VERSION } from '../version.js'

type Command = (argv: string[]) => Promise<number>

// Loaded on demand so that `openocd-flash sim` does not pay for the engine.
const commands: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  run: { summary: 'run a step file against a board', load: () => import('./commands/run.js') },
  sim: {
    summary: 'start a virtual target (simulated STM32)',
    load: () => import('./commands/sim.js'),
  },
  'power-cycle': {
    summary: "switch a board off and on with the inventory's power-cycle commands",
    load: () => import('./commands/power-cycle.js'),
  },
  boards: {
    summary: 'list the board inventory and who holds each probe',
    load: () => import('./commands/boards.js'),
  },
  doctor: {
    summary: 'check OpenOCD, the inventory, probes and the lock directory',
    load: () => import('./commands/doctor.js'),
  },
}

export function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`)
  return [
    'usage: openocd-flash <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    "Run 'openocd-flash <command> --help' for a command's options.",
  ].join('\n')
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage())
    return name === undefined ? ExitCode.InvalidInput : ExitCode.Success
  }
  if (name === '--version' || name === '-V') {
    console.log(VERSION)
    return ExitCode.Success
  }
  const command = commands[name]
  if (!command) {
    console.error(`openocd-flash: unknown command '${name}'\n\n${usage()}`)
    return ExitCode.InvalidInput
  }
  return (await command.load()).default(rest)
}
