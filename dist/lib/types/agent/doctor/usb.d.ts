import { type Check } from './check.js';
export declare function usbChecks(): Check[];
