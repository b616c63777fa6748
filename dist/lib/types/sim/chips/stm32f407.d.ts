import { type ChipDescription } from './description.js';
export declare const STM32F407VG: ChipDescription;
