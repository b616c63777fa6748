import { type InventoryCheck } from '../inventory-check.js';
import { type Check } from './check.js';
export declare function inventoryChecks(check: InventoryCheck): Check[];
