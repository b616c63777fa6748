import type { TestFormat } from '../plan/steps.js';
export interface TestResult {
    name: string;
    status: 'passed' | 'failed' | 'skipped';
    /** Where the framework says the test is (Unity prints file:line). */
    file?: string;
    line?: number;
    message?: string;
}
export type TestEvent = {
    kind: 'test';
    test: TestResult;
}
/** The framework says the run is complete, and whether it passed. */
 | {
    kind: 'done';
    passed: boolean;
};
/** What one console line reports: nothing, a result, the end, or (TAP's last result) both. */
export type TestLineParser = (line: string) => TestEvent[];
/** A fresh parser (parsers keep per-run state) for one format. */
export declare function testParser(format: TestFormat): TestLineParser;
