import { type Segment } from './types.js';
export declare function parseIntelHex(text: string): Segment[];
