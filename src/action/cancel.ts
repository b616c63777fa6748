// A cancelled job: the runner sends SIGINT, then SIGTERM, then kills. The
// first signal aborts the run, which stops OpenOCD and still writes the
// report; listening keeps Node from dying before that is done.
import * as core from '@actions/core'

export interface Cancellation {
  signal: AbortSignal
  dispose(): void
}

export function cancelOnSignals(): Cancellation {
  const controller = new AbortController()
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) return
    core.warning(
      `Received ${name}: the job was cancelled. Stopping OpenOCD and writing the report.`,
    )
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    },
  }
}
