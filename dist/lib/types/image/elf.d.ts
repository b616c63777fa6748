import { type Segment } from './types.js';
export declare function parseElf(buf: Buffer): Segment[];
