// Loads the board inventory for `boards` and `doctor` and sorts the outcome
// into valid (with warnings), invalid (with file:line problems) or absent.
import { existsSync } from 'node:fs'
import { inventoryWarnings } from '../board/inventory-warnings.js'
import {
  INVENTORY_ENV,
  loadInventory,
  resolveInventoryPath,
  type Inventory,
  type InventoryLocation,
} from '../board/inventory.js'
import { BoardError } from '../board/virtual.js'
import { formatProblem, SourceError, type SourceProblem } from '../util/yaml-schema.js'

export type InventoryCheck =
  | { kind: 'valid'; location: InventoryLocation; inventory: Inventory; warnings: SourceProblem[] }
  | { kind: 'invalid'; location: InventoryLocation; problems: string[] }
  /** Nothing at the standard location, and no path was given: a host may have no inventory. */
  | { kind: 'absent'; location: InventoryLocation }

export function checkInventory(file: string | undefined, env: NodeJS.ProcessEnv): InventoryCheck {
  const location = resolveInventoryPath({ path: file, env })
  if (location.source === 'default' && !existsSync(location.path))
    return { kind: 'absent', location }
  try {
    const inventory = loadInventory({ path: location.path, env })
    return { kind: 'valid', location, inventory, warnings: inventoryWarnings(inventory) }
  } catch (err) {
    if (err instanceof SourceError)
      return { kind: 'invalid', location, problems: err.problems.map(formatProblem) }
    if (err instanceof BoardError) return { kind: 'invalid', location, problems: [err.message] }
    throw err
  }
}

export function absentMessage(location: InventoryLocation): string {
  return `no board inventory at ${location.path} (set ${INVENTORY_ENV} or pass --inventory FILE)`
}
