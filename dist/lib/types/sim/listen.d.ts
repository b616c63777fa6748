import { type Server } from 'node:net';
export declare function listening(server: Server, listen: () => void, where: string): Promise<void>;
/** A socket file nobody answers on is left over from a killed simulator: remove it. */
export declare function removeStaleSocket(path: string): Promise<void>;
