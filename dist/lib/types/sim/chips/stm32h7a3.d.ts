import { type ChipDescription } from './description.js';
export declare const STM32H7A3XI: ChipDescription;
