// openocd-flash boards: the runner's inventory, each probe free or held, and
// the inventory's problems.
import { resolveLockDir } from '../../board/lock-dir.js'
import { labStatus, type LabStatus } from '../board-status.js'
import { boardsJson, boardsTable } from '../boards-view.js'
import { absentMessage, checkInventory } from '../inventory-check.js'
import { commandOptions } from '../command-options.js'
import { ExitCode } from '../../exit-codes.js'
import { formatProblem } from '../../util/yaml-schema.js'

const HELP = `usage: openocd-flash boards [options]

Lists the boards of the inventory and whether each probe is free or held
(by which process and job, since when, how many wait), and checks the
inventory: errors (with their line) exit 2, warnings are printed.

options:
  --inventory FILE   board inventory (default: $OPENOCD_FLASH_INVENTORY, /etc/openocd-flash/boards.yml)
  --lock-dir DIR     probe lock folder (default: $OPENOCD_FLASH_LOCK_DIR, /var/lock/openocd-flash)
  --json             print JSON instead of a table

exit codes: 0 listed, 2 invalid inventory or options, 3 the lock folder cannot be read.`

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  inventory: { type: 'string' },
  'lock-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
} as const

export default async function boards(argv: string[]): Promise<number> {
  const parsed = commandOptions('boards', argv, OPTIONS, HELP)
  if (typeof parsed === 'number') return parsed
  const { values } = parsed
  const check = checkInventory(values.inventory, process.env)
  if (check.kind !== 'valid') {
    const problems = check.kind === 'absent' ? [absentMessage(check.location)] : check.problems
    for (const p of problems) console.error(`openocd-flash boards: ${p}`)
    return ExitCode.InvalidInput
  }
  const lockDir = resolveLockDir({ dir: values['lock-dir'], env: process.env })
  let lab: LabStatus
  try {
    lab = labStatus(check.inventory.boards.values(), lockDir)
  } catch (err) {
    console.error(
      `openocd-flash boards: cannot read the probe lock folder ${lockDir}: ${(err as Error).message}`,
    )
    return ExitCode.Infrastructure
  }
  const inventory = check.location.path
  if (values.json) {
    console.log(JSON.stringify(boardsJson(lab, { inventory, lockDir }, check.warnings), null, 2))
  } else {
    const count = `${lab.boards.length} board${lab.boards.length === 1 ? '' : 's'}`
    console.log(boardsTable(lab, `inventory ${inventory}: ${count}; probe locks in ${lockDir}`))
  }
  for (const w of check.warnings) console.error(`warning: ${formatProblem(w)}`)
  return ExitCode.Success
}
