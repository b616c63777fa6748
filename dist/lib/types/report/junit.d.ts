import type { Report } from './model.js';
/** `consoles`: the console text of run steps, by step index. */
export declare function renderJunit(r: Report, consoles?: ReadonlyMap<number, string>): string;
