// A board as OpenOCD sees it: the config items to start OpenOCD with, and for
// a virtual board the simulator behind them. The one place where a BoardSpec
// becomes something OpenOCD can connect to.
import { boardConfig, CONNECT_UNDER_RESET, type OpenOcdConfigItem } from '../openocd/config.js'
import { startVirtualTarget, type VirtualTarget } from '../sim/index.js'
import type { BoardSpec } from './spec.js'

export interface BoardTarget {
  config: OpenOcdConfigItem[]
  searchDirs: string[]
  /** What was started for the board, for the run's log; absent for a real probe. */
  started?: string
  /** Stops what was started for the board (the simulator); a no-op for a real probe. */
  close(): Promise<void>
}

export async function openBoardTarget(board: BoardSpec): Promise<BoardTarget> {
  if (!board.virtual) {
    return { config: boardConfig(board), searchDirs: board.searchDirs, close: async () => {} }
  }
  const { chip, flashSize, state, faults, powerSwitch } = board.virtual
  // With no socket path given, the target makes (and removes) its own.
  const sim: VirtualTarget = await startVirtualTarget({
    chip,
    flashSize,
    state,
    faults,
    powerSwitch,
    transport: board.transport,
  })
  return {
    config: [
      ...sim.openocdConfig(),
      ...(board.connectUnderReset ? [{ command: CONNECT_UNDER_RESET }] : []),
      ...board.commands.map((command) => ({ command })),
    ],
    searchDirs: board.searchDirs,
    started: `virtual ${chip} started${state ? ` (state ${state})` : ''}`,
    close: () => sim.close(),
  }
}
