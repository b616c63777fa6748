import type { Report } from './model.js';
export declare function renderJunit(r: Report): string;
