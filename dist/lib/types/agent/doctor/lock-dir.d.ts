import { type Check } from './check.js';
export declare function checkLockDir(option: string | undefined, env: NodeJS.ProcessEnv): Check;
