export declare const ExitCode: {
    /** Every step succeeded. */
    readonly Success: 0;
    /** A step failed: flash error, verification mismatch, refused operation. */
    readonly StepFailed: 1;
    /** The step file, inventory or options are invalid; nothing touched the target. */
    readonly InvalidInput: 2;
    /** OpenOCD missing or failed to start, probe not found, target not responding. */
    readonly Infrastructure: 3;
    /** The probe stayed held by another job past the lock timeout. */
    readonly LockTimeout: 4;
    /** The run or a step exceeded its time limit. */
    readonly Timeout: 5;
};
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
