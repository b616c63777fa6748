// Doctor: each board's power-cycle commands name programs this host can run,
// so that a misspelt or missing one shows now, not at the first retry that
// needs the board switched off and on.
import type { InventoryBoard } from '../../board/inventory.js'
import { findExecutable } from '../../util/find-executable.js'
import { fail, ok, type Check } from './check.js'

export function powerCycleChecks(
  boards: readonly InventoryBoard[],
  env: NodeJS.ProcessEnv = process.env,
): Check[] {
  return boards.flatMap((board) => {
    const commands = board.powerCycle
    if (!commands) return []
    const subject = `power-cycle ${board.name}`
    const missing = (['off', 'on'] as const).flatMap((which) => {
      const program = commands[which][0]!
      if (findExecutable(program, env)) return []
      const where = program.includes('/') ? 'is not an executable file' : 'is not on PATH'
      return [`the '${which}' command's program '${program}' ${where}`]
    })
    if (missing.length) return [fail(subject, missing.join('; '))]
    return [ok(subject, `off: ${commands.off.join(' ')}; on: ${commands.on.join(' ')}`)]
  })
}
