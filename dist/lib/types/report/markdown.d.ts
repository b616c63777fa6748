import type { Report } from './model.js';
export declare function renderMarkdown(r: Report): string;
