// Errors raised by the OpenOCD layer. Each carries the command that failed and
// OpenOCD's full response, so reports can quote OpenOCD's own words.

export interface OpenOcdErrorDetails {
  command?: string
  response?: string
  code?: number
  cause?: unknown
}

export class OpenOcdError extends Error {
  readonly command?: string
  readonly response?: string
  /** The Tcl return code or OpenOCD error number, where there is one. */
  readonly code?: number

  constructor(message: string, details: OpenOcdErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = new.target.name
    this.command = details.command
    this.response = details.response
    this.code = details.code
  }
}

/** A command OpenOCD rejected (non-zero Tcl return code). */
export class CommandError extends OpenOcdError {}

/** A flash operation failed: erase, program, protect, verify, bank lookup. */
export class FlashError extends OpenOcdError {}

/** The target did not do what was asked: halt, reset, memory access. */
export class TargetError extends OpenOcdError {}

/** The TCL RPC connection could not be made or was lost. */
export class ConnectionError extends OpenOcdError {}

/** A command did not answer within its time limit. */
export class TimeoutError extends OpenOcdError {}

/** Why OpenOCD failed to start, classified from its log. */
export type StartFailure =
  | 'binary-not-found'
  | 'config-not-found'
  | 'probe-not-found'
  | 'target-not-responding'
  | 'port-in-use'
  | 'transport-not-supported'
  | 'exited'
  | 'timeout'

/** The OpenOCD process failed to start or died. */
export class ProcessError extends OpenOcdError {
  readonly failure: StartFailure
  /** The last lines of OpenOCD's log, quoted in the message too. */
  readonly logTail: string

  constructor(
    message: string,
    failure: StartFailure,
    logTail: string,
    details: OpenOcdErrorDetails = {},
  ) {
    super(message, details)
    this.failure = failure
    this.logTail = logTail
  }
}
