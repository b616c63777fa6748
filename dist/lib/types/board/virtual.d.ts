import { type BoardSpec, type VirtualChip } from './spec.js';
export declare const VIRTUAL_PREFIX = "virtual:";
/** Thrown for a board reference that cannot be resolved; the message is for the user. */
export declare class BoardError extends Error {
    constructor(message: string);
}
/** Why `text` cannot name a probe, file or transport: control characters. */
export declare function controlCharacterProblem(text: string): string | undefined;
export declare function formatSize(bytes: number): string;
/** Why `bytes` is not a flash size of `chip`, or undefined when it is one. */
export declare function flashSizeProblem(chip: VirtualChip, bytes: number): string | undefined;
/**
 * `virtual:stm32f103` or `virtual:stm32f103:128K` → a virtual BoardSpec, no
 * inventory needed. Undefined when `ref` is not a virtual reference.
 */
export declare function parseVirtualRef(ref: string): BoardSpec | undefined;
