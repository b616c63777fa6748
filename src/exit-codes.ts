// Stable, documented exit codes of `openocd-flash run` (and the action's result).
export const ExitCode = {
  /** Every step succeeded. */
  Success: 0,
  /** A step failed: flash error, verification mismatch, refused operation. */
  StepFailed: 1,
  /** The step file, inventory or options are invalid; nothing touched the target. */
  InvalidInput: 2,
  /** OpenOCD missing or failed to start, probe not found, target not responding. */
  Infrastructure: 3,
  /** The probe stayed held by another job past the lock timeout. */
  LockTimeout: 4,
  /** The run or a step exceeded its time limit. */
  Timeout: 5,
} as const

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
