import type { SourceProblem } from '../util/yaml-schema.js';
import type { Inventory } from './inventory.js';
export declare function inventoryWarnings(inv: Inventory): SourceProblem[];
