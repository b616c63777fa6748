import { type Check } from './check.js';
export declare function checkOpenOcd(binary: string | undefined): Promise<Check>;
