// A cancelled job: the runner sends SIGINT, then SIGTERM, then kills. The
// first signal aborts the run, which stops OpenOCD and still writes the
// report; listening keeps Node from dying before that is done.
import { STOP_SIGNALS } from '../util/children.js'
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
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal)
  return {
    signal: controller.signal,
    dispose() {
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal)
    },
  }
}
