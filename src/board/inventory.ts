// The runner's board inventory: a YAML file the lab admin owns, so that
// workflows say `board: nucleo-f401-2` instead of repeating probe serials.
import path from 'node:path'
import { parseYaml, readYamlFile, SourceError, type Located } from '../util/yaml-schema.js'
import { inventorySchema, type InventoryEntry } from './inventory-schema.js'
import type { BoardSpec } from './spec.js'
import { BoardError, parseVirtualRef } from './virtual.js'

export const INVENTORY_ENV = 'OPENOCD_FLASH_INVENTORY'
export const DEFAULT_INVENTORY = '/etc/openocd-flash/boards.yml'

export type { PowerCycle } from './spec.js'

/** A board from the inventory. */
export type InventoryBoard = BoardSpec

export interface Inventory {
  file: string
  boards: ReadonlyMap<string, InventoryBoard>
  locate: Located<unknown>['locate']
}

export interface InventoryLocation {
  path: string
  /** Where the path came from, for messages such as doctor's. */
  source: 'option' | 'env' | 'default'
}

/** Explicit path > $OPENOCD_FLASH_INVENTORY > /etc/openocd-flash/boards.yml. */
export function resolveInventoryPath(opts: {
  path?: string
  env: NodeJS.ProcessEnv
}): InventoryLocation {
  if (opts.path) return { path: opts.path, source: 'option' }
  const fromEnv = opts.env[INVENTORY_ENV]
  if (fromEnv) return { path: fromEnv, source: 'env' }
  return { path: DEFAULT_INVENTORY, source: 'default' }
}

/** Reads and validates the inventory; throws BoardError or SourceError (with lines). */
export function loadInventory(opts: { path?: string; env: NodeJS.ProcessEnv }): Inventory {
  const where = resolveInventoryPath(opts)
  let text: string
  try {
    text = readYamlFile(where.path)
  } catch (err) {
    if (err instanceof SourceError) throw err
    const reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (err as Error).message
    const hint =
      where.source === 'default' ? ` (set ${INVENTORY_ENV} or pass the inventory path)` : ''
    throw new BoardError(`board inventory ${where.path}: ${reason}${hint}`)
  }
  return parseInventory(text, where.path)
}

/** Validates inventory text; relative paths in it are relative to `file`'s folder. */
export function parseInventory(text: string, file: string): Inventory {
  const { value, locate } = parseYaml(text, file, inventorySchema)
  const base = path.dirname(path.resolve(file))
  const boards = new Map<string, InventoryBoard>()
  for (const [name, entry] of Object.entries(value.boards))
    boards.set(name, toBoardSpec(name, entry, base))
  return { file, boards, locate }
}

function toBoardSpec(name: string, entry: InventoryEntry, base: string): InventoryBoard {
  const board: InventoryBoard = {
    name,
    interface: entry.interface ?? [],
    target: entry.target ?? [],
    config: entry.config ?? [],
    serial: entry.serial,
    speed: entry.speed,
    transport: entry.transport,
    commands: entry.commands ?? [],
    searchDirs: (entry['search-dirs'] ?? []).map((dir) => path.resolve(base, dir)),
    labels: entry.labels ?? [],
    powerCycle: entry['power-cycle'],
    retries: entry.retries,
    connectUnderReset: entry['connect-under-reset'],
    uart: entry.uart && { ...entry.uart, device: path.resolve(base, entry.uart.device) },
  }
  if (entry.virtual) {
    const { chip, 'flash-size': flashSize, state, faults = [] } = entry.virtual
    const powerSwitch = entry.virtual['power-switch']
    board.virtual = {
      chip,
      flashSize,
      state: state && path.resolve(base, state),
      faults,
      powerSwitch: powerSwitch && path.resolve(base, powerSwitch),
    }
  }
  return board
}

/**
 * `virtual:<chip>[:<size>]` needs no inventory; any other name is looked up
 * in it. `inventory` may be a loader, called only when a name needs it.
 */
export function resolveBoard(ref: string, inventory?: Inventory | (() => Inventory)): BoardSpec {
  const virtual = parseVirtualRef(ref)
  if (virtual) return virtual
  const inv = typeof inventory === 'function' ? inventory() : inventory
  if (!inv) throw new BoardError(`board '${ref}' needs a board inventory, and none was given`)
  const board = inv.boards.get(ref)
  if (board) return board
  const known = [...inv.boards.keys()]
  const listed = known.length > 0 ? `known boards: ${known.join(', ')}` : 'it lists no boards'
  throw new BoardError(`unknown board '${ref}' in ${inv.file}; ${listed} (or use virtual:<chip>)`)
}
