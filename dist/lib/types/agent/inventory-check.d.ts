import { type Inventory, type InventoryLocation } from '../board/inventory.js';
import { type SourceProblem } from '../util/yaml-schema.js';
export type InventoryCheck = {
    kind: 'valid';
    location: InventoryLocation;
    inventory: Inventory;
    warnings: SourceProblem[];
} | {
    kind: 'invalid';
    location: InventoryLocation;
    problems: string[];
}
/** Nothing at the standard location, and no path was given: a host may have no inventory. */
 | {
    kind: 'absent';
    location: InventoryLocation;
};
export declare function checkInventory(file: string | undefined, env: NodeJS.ProcessEnv): InventoryCheck;
export declare function absentMessage(location: InventoryLocation): string;
