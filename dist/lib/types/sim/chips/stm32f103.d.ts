import { type ChipDescription } from './description.js';
export declare const STM32F103C8: ChipDescription;
export declare const STM32F103CB: ChipDescription;
