// Which board a run targets, from what the user gave: an inventory name or
// `virtual:<chip>`, or explicit interface/target configs. Shared by the CLI
// and the action so both accept and reject the same things.
import type { BoardSpec } from './spec.js'
import { BoardError, controlCharacterProblem, parseVirtualRef } from './virtual.js'
import { parseFault } from '../sim/faults.js'

export type BoardChoice = Pick<
  BoardSpec,
  'interface' | 'target' | 'config' | 'commands' | 'searchDirs'
> &
  Partial<Pick<BoardSpec, 'serial' | 'speed' | 'transport' | 'connectUnderReset'>> & {
    /** Inventory name or `virtual:<chip>[:<size>]`. */
    board?: string
    inventory?: string
    /** Virtual boards only: state file and faults. */
    state?: string
    faults: string[]
  }

export async function selectBoard(choice: BoardChoice, env: NodeJS.ProcessEnv): Promise<BoardSpec> {
  const board = await chooseBoard(choice, env)
  checkBoard(board)
  return board
}

// What reaches OpenOCD's command line or the simulator must be well-formed
// here, as input (exit 2), not fail later as if the lab were broken.
function checkBoard(board: BoardSpec): void {
  const named: Array<[string, string | undefined]> = [
    ['serial', board.serial],
    ['transport', board.transport],
    ...board.interface.map((f): [string, string] => ['interface', f]),
    ...board.target.map((f): [string, string] => ['target', f]),
    ...board.config.map((f): [string, string] => ['config', f]),
  ]
  for (const [what, value] of named) {
    const problem = value === undefined ? undefined : controlCharacterProblem(value)
    if (problem) throw new BoardError(`${what} ${JSON.stringify(value)}: ${problem}`)
  }
  for (const spec of board.virtual?.faults ?? []) {
    try {
      parseFault(spec)
    } catch (err) {
      throw new BoardError((err as Error).message)
    }
  }
}

// The inventory module is loaded only for a name that needs it: building its
// schema costs about 20 ms of start-up, which a virtual board never needs.
async function inventoryBoard(name: string, file: string | undefined, env: NodeJS.ProcessEnv) {
  const { loadInventory, resolveBoard } = await import('./inventory.js')
  return resolveBoard(name, () => loadInventory({ path: file, env }))
}

async function chooseBoard(choice: BoardChoice, env: NodeJS.ProcessEnv): Promise<BoardSpec> {
  const explicitFiles = [...choice.interface, ...choice.target, ...choice.config]
  if (choice.board) {
    if (choice.interface.length || choice.target.length) {
      throw new BoardError(
        `give either a board ('${choice.board}') or interface/target configs, not both`,
      )
    }
    const base =
      parseVirtualRef(choice.board) ?? (await inventoryBoard(choice.board, choice.inventory, env))
    if (!base.virtual && (choice.state || choice.faults.length)) {
      throw new BoardError(
        `state files and faults are for virtual boards; '${choice.board}' is a real one`,
      )
    }
    return {
      ...base,
      config: [...base.config, ...choice.config],
      commands: [...base.commands, ...choice.commands],
      searchDirs: [...base.searchDirs, ...choice.searchDirs],
      serial: choice.serial ?? base.serial,
      speed: choice.speed ?? base.speed,
      transport: choice.transport ?? base.transport,
      connectUnderReset: choice.connectUnderReset || base.connectUnderReset,
      virtual: base.virtual && {
        ...base.virtual,
        state: choice.state ?? base.virtual.state,
        faults: [...base.virtual.faults, ...choice.faults],
      },
    }
  }
  if (explicitFiles.length === 0) {
    throw new BoardError(
      'say which board: a board name from the inventory, virtual:stm32f103 / virtual:stm32f407 / virtual:stm32g431 / virtual:stm32h7a3, or interface and target config files',
    )
  }
  if (choice.state || choice.faults.length) {
    throw new BoardError('state files and faults are for virtual boards (virtual:<chip>)')
  }
  return {
    name:
      [...choice.interface, ...choice.target]
        .map((f) => f.replace(/^.*\//, '').replace(/\.cfg$/, ''))
        .join('+') || 'custom',
    interface: choice.interface,
    target: choice.target,
    config: choice.config,
    serial: choice.serial,
    speed: choice.speed,
    transport: choice.transport,
    connectUnderReset: choice.connectUnderReset,
    commands: choice.commands,
    searchDirs: choice.searchDirs,
    labels: [],
  }
}
