import { type Located } from '../util/yaml-schema.js';
import type { BoardSpec } from './spec.js';
export declare const INVENTORY_ENV = "OPENOCD_FLASH_INVENTORY";
export declare const DEFAULT_INVENTORY = "/etc/openocd-flash/boards.yml";
/** Commands (argv) that switch the board's power off and on, e.g. with uhubctl. */
export interface PowerCycle {
    off: string[];
    on: string[];
}
/** A board from the inventory: what the engine needs, plus what only the lab knows. */
export interface InventoryBoard extends BoardSpec {
    powerCycle?: PowerCycle;
}
export interface Inventory {
    file: string;
    boards: ReadonlyMap<string, InventoryBoard>;
    locate: Located<unknown>['locate'];
}
export interface InventoryLocation {
    path: string;
    /** Where the path came from, for messages such as doctor's. */
    source: 'option' | 'env' | 'default';
}
/** Explicit path > $OPENOCD_FLASH_INVENTORY > /etc/openocd-flash/boards.yml. */
export declare function resolveInventoryPath(opts: {
    path?: string;
    env: NodeJS.ProcessEnv;
}): InventoryLocation;
/** Reads and validates the inventory; throws BoardError or SourceError (with lines). */
export declare function loadInventory(opts: {
    path?: string;
    env: NodeJS.ProcessEnv;
}): Inventory;
/** Validates inventory text; relative paths in it are relative to `file`'s folder. */
export declare function parseInventory(text: string, file: string): Inventory;
/**
 * `virtual:<chip>[:<size>]` needs no inventory; any other name is looked up
 * in it. `inventory` may be a loader, called only when a name needs it.
 */
export declare function resolveBoard(ref: string, inventory?: Inventory | (() => Inventory)): BoardSpec;
