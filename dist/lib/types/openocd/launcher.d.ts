import { type OpenOcdConfigItem, type ServerPorts } from './config.js';
export interface LaunchOptions {
    /** The OpenOCD binary: a path, or a name looked up on PATH. Default `openocd`. */
    binary?: string;
    /** Configuration in command-line order. */
    config: readonly OpenOcdConfigItem[];
    searchDirs?: readonly string[];
    /** Where to keep OpenOCD's log; a temporary file by default. */
    logFile?: string;
    ports?: Partial<ServerPorts>;
    debugLevel?: number;
    /** How long OpenOCD may take to open its TCL port. Default 15 s. */
    startTimeoutMs?: number;
    env?: NodeJS.ProcessEnv;
}
export interface OpenOcdProcess {
    readonly pid: number;
    readonly tclPort: number;
    readonly logFile: string;
    readonly args: readonly string[];
    /** Resolves when the process has exited. */
    readonly exited: Promise<{
        code: number | null;
        signal: NodeJS.Signals | null;
    }>;
    /** Everything OpenOCD has logged so far. */
    log(): string;
    /** Calls `listener` with each complete log line from now on; returns an unsubscribe. */
    onLogLine(listener: (line: string) => void): () => void;
    /** SIGTERM to the process group, then SIGKILL. Idempotent. */
    kill(graceMs?: number): Promise<void>;
}
export declare function launchOpenOcd(options: LaunchOptions): Promise<OpenOcdProcess>;
