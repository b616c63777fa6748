import type { TestFormat } from '../plan/steps.js';
import { type TestResult } from './tests.js';
export type VerdictReason = 'pass-pattern' | 'fail-pattern' | 'tests' | 'exit' | 'fault' | 'halted' | 'timeout';
export interface Verdict {
    passed: boolean;
    reason: VerdictReason;
    message: string;
}
export interface Criteria {
    pass?: string;
    fail?: string;
    tests?: TestFormat;
}
export declare class Judge {
    readonly tests: TestResult[];
    private first;
    private failure;
    private readonly pass;
    private readonly fail;
    private readonly parse;
    constructor(criteria: Criteria);
    /** True once something decided the run. */
    get decided(): boolean;
    /** The verdict so far: a failure seen at any point, else the first pass. */
    get verdict(): Verdict | undefined;
    /** One complete console line. */
    line(text: string): void;
    /** The firmware exited through semihosting. */
    exit(code: number, detail?: string): void;
    /** A fault, an unexpected halt, or the time limit: always a failure. */
    stopped(reason: 'fault' | 'halted' | 'timeout', message: string): void;
    private testsDone;
    /**
     * Records a verdict; `decisive` false records a failure without ending the
     * wait (a failed Unity test: the run goes on to its summary).
     */
    private decide;
}
