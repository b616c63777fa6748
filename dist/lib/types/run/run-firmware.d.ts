import { type CoreFault, type Registers } from '../openocd/core-state.js';
import { type RttRegion } from '../openocd/rtt.js';
import type { Session } from '../openocd/session.js';
import type { CaptureSource, TestFormat } from '../plan/steps.js';
import { type ConsoleLine } from './console.js';
import { type Verdict } from './judge.js';
import type { TestResult } from './tests.js';
import { type UartPort } from './uart.js';
export interface RunFirmwareOptions {
    /** true: `reset run`; false: resume the target if halted (else watch it run). Default true. */
    reset?: boolean;
    capture: readonly CaptureSource[];
    pass?: string;
    fail?: string;
    timeoutMs: number;
    tests?: TestFormat;
    /** Lines for RTT down-channel 0, sent once RTT is up. */
    send?: readonly string[];
    /** Where RTT's control block is searched (required with rtt). */
    rtt?: RttRegion;
    /** The serial console (required with uart). */
    uart?: UartPort;
    /** The console is written here as it arrives. */
    logFile?: string;
    onLine?: (line: ConsoleLine) => void;
}
export interface FirmwareRun {
    verdict: Verdict;
    /** The firmware's semihosting exit code, when it exited. */
    exitCode?: number;
    fault?: CoreFault;
    /** The core when the run ended halted (fault, exit, timeout). */
    registers?: Registers;
    tests: TestResult[];
    console: ConsoleLine[];
    /** The RTT control block, when RTT came up. */
    rttControlBlock?: number;
    notes: string[];
}
export declare function runFirmware(session: Session, options: RunFirmwareOptions): Promise<FirmwareRun>;
