import { OpenOcdError, type OpenOcdErrorDetails } from './errors.js';
import { Flash } from './flash.js';
import { type LaunchOptions, type OpenOcdProcess } from './launcher.js';
import { Target } from './target.js';
export interface CommandOptions {
    timeoutMs?: number;
    /**
     * Raise OpenOCD's log level to debug while the command runs and collect
     * the debug lines here, e.g. a driver's reads of a status register that it
     * clears before it fails. They stay out of the command's log and errors.
     */
    debugInto?: string[];
}
export interface CommandOutput {
    /** What the command returned. */
    result: string;
    /** What OpenOCD logged while it ran (errors, warnings, progress). */
    log: string[];
}
export interface StartOptions extends LaunchOptions {
    /** Run OpenOCD's `init` (connect to the probe and examine the target). Default true. */
    init?: boolean;
    /** Default time limit for each command. Default 60 s. */
    commandTimeoutMs?: number;
}
export interface ConnectOptions {
    host?: string;
    port?: number;
    commandTimeoutMs?: number;
}
export declare class Session {
    private readonly rpc;
    /** The OpenOCD process, when this session started it. */
    readonly process: OpenOcdProcess | undefined;
    private readonly commandTimeoutMs;
    readonly flash: Flash;
    readonly target: Target;
    private readonly tmp;
    private sequence;
    private closing;
    private readonly replies;
    private constructor();
    /** Starts OpenOCD, connects to it and (by default) runs `init`. */
    static start(options: StartOptions): Promise<Session>;
    /** Connects to an OpenOCD that is already running. */
    static connect(options?: ConnectOptions): Promise<Session>;
    /**
     * The OpenOCD log so far, when this session started OpenOCD, as people read
     * it: without the marks around each command and OpenOCD's echo of replies.
     */
    log(): string;
    /**
     * Runs a raw Tcl command and returns its result. Throws CommandError, with
     * OpenOCD's logged error lines, when it fails.
     */
    command(tcl: string, options?: CommandOptions): Promise<string>;
    /**
     * Like `command`, but a rejected command becomes an error of `Kind`
     * (FlashError, TargetError), keeping OpenOCD's response.
     */
    commandAs(Kind: new (message: string, details: OpenOcdErrorDetails) => OpenOcdError, tcl: string, options?: CommandOptions): Promise<string>;
    /** Runs a command and returns its result together with what it logged. */
    execute(tcl: string, options?: CommandOptions): Promise<CommandOutput>;
    /** Sends `shutdown`, stops the process if we started it, removes temp files. Idempotent. */
    close(): Promise<void>;
    private init;
    private onTransportError;
}
/**
 * Drops the session's marks and what OpenOCD echoes after an end mark: the
 * reply of a command that succeeded, or the bare error number (e.g. `-4`) of
 * one that failed. Only lines that look like that echo are dropped.
 */
export declare function readableLog(log: string, replies: ReadonlyMap<number, {
    ok: boolean;
    lines: number;
}>): string;
