// Inventory entries that are valid but risky: the inventory still loads,
// `openocd-flash boards` and `doctor` show these.
import { realPath } from '../util/real-path.js'
import type { SourceProblem } from '../util/yaml-schema.js'
import type { Inventory, InventoryBoard } from './inventory.js'

export function inventoryWarnings(inv: Inventory): SourceProblem[] {
  const warnings: SourceProblem[] = []
  const warn = (board: string, key: string | undefined, message: string) => {
    const at = key ? ['boards', board, key] : ['boards', board]
    warnings.push({ file: inv.file, ...inv.locate(at), path: at.join('.'), message })
  }
  const probes = [...inv.boards.values()].filter((b) => !b.virtual)

  // OpenOCD opens the first probe of the kind when no serial is set, so a
  // second probe of that kind (or a swapped one) would be flashed silently.
  for (const board of probes.filter((b) => b.serial === undefined)) {
    const others = probes
      .filter((b) => b !== board && sameInterface(b, board))
      .map((b) => `'${b.name}'`)
    if (others.length > 0) {
      warn(
        board.name,
        undefined,
        `board '${board.name}' has no serial, but its interface (${board.interface.join(' ')}) ` +
          `is also used by ${others.join(', ')}: OpenOCD would open whichever such probe it finds first; set serial`,
      )
    }
  }

  // Serials are compared without case: some drivers ignore it, so these may be one probe.
  const bySerial = new Map<string, InventoryBoard>()
  for (const board of probes) {
    if (board.serial === undefined) continue
    const first = bySerial.get(board.serial.toLowerCase())
    if (first) {
      warn(
        board.name,
        'serial',
        `boards '${first.name}' and '${board.name}' have the same probe serial ${board.serial}: ` +
          'they are one probe, and jobs on either wait for the other',
      )
    } else {
      bySerial.set(board.serial.toLowerCase(), board)
    }
  }
  // One state file is one board: runs on either name share its flash, and
  // (one lock per state file) wait for each other.
  const byState = new Map<string, InventoryBoard>()
  for (const board of inv.boards.values()) {
    if (!board.virtual?.state) continue
    const key = realPath(board.virtual.state)
    const first = byState.get(key)
    if (first) {
      warn(
        board.name,
        'virtual',
        `boards '${first.name}' and '${board.name}' share the state file ${board.virtual.state}: ` +
          'they are one virtual board, and jobs on either wait for the other',
      )
    } else {
      byState.set(key, board)
    }
  }
  return warnings
}

function sameInterface(a: InventoryBoard, b: InventoryBoard): boolean {
  return a.interface.join('\n') === b.interface.join('\n')
}
