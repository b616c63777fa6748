import { type ChipDescription } from './description.js';
export declare const STM32G431KB: ChipDescription;
