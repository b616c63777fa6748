import { type Segment } from './types.js';
export declare function parseElf(buf: Buffer): Segment[];
/** The value (address) of a symbol in the ELF's symbol table, e.g. `_SEGGER_RTT`. */
export declare function elfSymbol(buf: Buffer, name: string): number | undefined;
