export declare const REPORT_SCHEMA = "openocd-flash/report/v1";
export type RunResult = 'success' | 'step-failed' | 'invalid-input' | 'infrastructure' | 'lock-timeout' | 'timeout' | 'cancelled';
export type StepStatus = 'passed' | 'failed' | 'skipped' | 'timeout' | 'planned';
export interface FileRecord {
    /** Relative to the report folder for files the run wrote; absolute for inputs. */
    path: string;
    role: 'backup' | 'image' | 'reference' | 'dump' | 'log';
    bytes: number;
    sha256: string;
}
export interface SectorRecord {
    index: number;
    offset: number;
    size: number;
    protected: boolean;
}
export interface BankRecord {
    index: number;
    name: string;
    driver: string;
    base: number;
    size: number;
    target: string;
    description?: string;
    sectors: SectorRecord[];
    protectionBlocks: SectorRecord[];
}
export interface MismatchRecord {
    address: number;
    length: number;
    bank?: number;
    sector?: number;
    /** Hex of the first (at most 64) bytes the reference holds; absent for a reference file. */
    expected?: string;
    /** Hex of the same bytes as read from the target. */
    actual: string;
}
export interface VerificationRecord {
    match: boolean;
    address: number;
    length: number;
    mismatchedBytes: number;
    ranges: MismatchRecord[];
    truncated: boolean;
}
export interface SectorActivity {
    bank: number;
    backedUp: number[];
    erased: number[];
    written: number[];
    /** Sectors a write found already holding the image, and left alone. */
    skipped: number[];
    verified: number[];
    /** Sectors whose verification found bytes that differ. */
    verifyFailed: number[];
    /** Protection blocks switched on or off. */
    protected: number[];
    unprotected: number[];
}
/** A write step's flash layout as carried out. */
export interface FlashWriteRecord {
    banks: Array<{
        bank: number;
        /**
         * How the touched sectors' current contents were known, by sector: this
         * run's backup, an on-target checksum of the image's bytes (sectors that
         * matched are skipped unread), or reading them.
         */
        evidence: {
            backup: number[];
            checksum: number[];
            read: number[];
        };
        skipped: number[];
        erased: number[];
        /** Sectors programmed (after an erase or into erased flash). */
        programmed: number[];
        /** Bytes outside the image that kept their value. */
        keptBytes: number;
    }>;
    phases: Array<{
        phase: 'evidence' | 'erase' | 'program' | 'verify';
        bytes: number;
        ms: number;
    }>;
}
export interface TestCaseRecord {
    name: string;
    status: 'passed' | 'failed' | 'skipped';
    file?: string;
    line?: number;
    message?: string;
}
/** What a `run` step saw: the verdict and the evidence for it. */
export interface FirmwareRunRecord {
    passed: boolean;
    /** What decided: pass-pattern, fail-pattern, tests, exit, fault, halted or timeout. */
    reason: string;
    message: string;
    exitCode?: number;
    fault?: {
        exception: number;
        pc: number;
        cfsr: number;
        hfsr: number;
        mmfar?: number;
        bfar?: number;
        causes: string[];
        stacked: Record<string, number>;
    };
    /** The core registers when the run ended with the target halted. */
    registers?: Record<string, number>;
    tests: TestCaseRecord[];
    /** The console log, relative to the report folder. */
    log: string;
    lines: number;
    /** The last lines of the console. */
    tail: string[];
    rttControlBlock?: number;
}
export interface StepRecord {
    index: number;
    name: string;
    kind: string;
    /** Line of the step in the step file. */
    line: number;
    status: StepStatus;
    startedAt?: string;
    durationMs?: number;
    bytes?: number;
    bytesPerSecond?: number;
    /** Sectors (or protection blocks) the plan says the step touches. */
    plan: Array<{
        bank: number;
        sectors: number[];
        blocks: number[];
    }>;
    rounded?: {
        requested: {
            address: number;
            size: number;
        };
        actual: {
            address: number;
            size: number;
        };
    };
    files: FileRecord[];
    verification?: VerificationRecord;
    flash?: FlashWriteRecord;
    run?: FirmwareRunRecord;
    /** A power-cycle step's commands and their output. */
    powerCycle?: PowerCycleRecord;
    error?: {
        message: string;
        openocd?: string;
    };
    notes: string[];
}
/** One problem in an input file, at its line and column (1-based). */
export interface ProblemRecord {
    file: string;
    line: number;
    column: number;
    /** The path inside the document, e.g. `steps[2].image`; empty for syntax errors. */
    path: string;
    message: string;
}
export interface RestoreRecord {
    /** `skipped`: restore was asked for, but no backup had been taken, so nothing was written. */
    status: 'passed' | 'failed' | 'skipped';
    banks: Array<{
        bank: number;
        sectors: number[];
        verified: boolean;
        backup: string;
    }>;
    error?: string;
    /** Why a restore was skipped. */
    reason?: string;
}
export interface PowerCommandRecord {
    argv: string[];
    /** -1 when it could not be started or was killed. */
    exitCode: number;
    /** stdout and stderr, at most 4 KiB. */
    output: string;
}
/** The board's power-cycle commands, run between attempts or on request. */
export interface PowerCycleRecord {
    commands: PowerCommandRecord[];
    /** Every command exited 0 (and the probe came back, when waited for). */
    ok: boolean;
    /** Set when the probe's serial was waited for: whether it re-enumerated in time. */
    reenumerated?: boolean;
    durationMs: number;
}
/** An attempt to connect (start OpenOCD, examine the target, read the layout) that failed. */
export interface ConnectAttemptRecord {
    /** From 1. */
    attempt: number;
    startedAt: string;
    /** The failure's class, from OpenOCD's log: probe-not-found, target-not-responding, connection-lost. */
    cause: string;
    /** The failure's first line. */
    message: string;
    /** This attempt's OpenOCD log, in the report folder. */
    log: string;
    /** Set when another attempt followed: how long the run waited before it. */
    retryAfterMs?: number;
    /** The board's power-cycle commands, run before the next attempt. */
    powerCycle?: PowerCycleRecord;
}
export interface Report {
    schema: typeof REPORT_SCHEMA;
    tool: {
        name: 'openocd-flash';
        version: string;
    };
    /** `build`: the release or upstream commit the version banner names (src/openocd/build.ts). */
    openocd: {
        version?: string;
        binary?: string;
        build?: string;
    };
    board: {
        name: string;
        virtual?: string;
        serial?: string;
    };
    stepFile: string;
    startedAt: string;
    finishedAt: string;
    durationMs: number;
    dryRun: boolean;
    result: RunResult;
    exitCode: number;
    /** Why the run did not succeed, in one paragraph. */
    message?: string;
    banksBefore: BankRecord[];
    banksAfter: BankRecord[];
    steps: StepRecord[];
    activity: SectorActivity[];
    restore?: RestoreRecord;
    /** Problems found in the step file (invalid input), each where it is. */
    problems: ProblemRecord[];
    /**
     * Connection attempts that failed, in order, when there were any: a run
     * that succeeds with these needed retries (a flaky board).
     */
    failedAttempts?: ConnectAttemptRecord[];
    log?: string;
}
