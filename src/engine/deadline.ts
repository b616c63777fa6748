// Races work against a time limit and a cancel signal. When either wins, the
// caller's `stop` runs (it kills OpenOCD, so the work in flight ends too).
import { MAX_TIMER_MS } from '../util/units.js'

export class DeadlineError extends Error {
  constructor(
    readonly reason: 'timeout' | 'cancelled',
    message: string,
  ) {
    super(message)
    this.name = 'DeadlineError'
  }
}

export async function withDeadline<T>(
  work: () => Promise<T>,
  opts: { timeoutMs?: number; signal?: AbortSignal; what: string; stop: () => Promise<void> },
): Promise<T> {
  if (opts.signal?.aborted) throw new DeadlineError('cancelled', `${opts.what} was cancelled`)
  let timer: NodeJS.Timeout | undefined
  let onAbort: (() => void) | undefined
  const limit = new Promise<never>((_, reject) => {
    // Reject first: stopping OpenOCD makes the work fail too, and the
    // deadline must be what the race sees.
    const fail = (err: DeadlineError) => {
      reject(err)
      void opts.stop()
    }
    const ms = opts.timeoutMs
    if (ms !== undefined) {
      const err = new DeadlineError('timeout', `${opts.what} did not finish within ${ms / 1000} s`)
      // Beyond a timer's reach, the limit is as far as a timer reaches (24.8 days).
      timer = setTimeout(() => fail(err), Math.min(ms, MAX_TIMER_MS))
    }
    onAbort = () => fail(new DeadlineError('cancelled', `${opts.what} was cancelled`))
    opts.signal?.addEventListener('abort', onAbort, { once: true })
  })
  const running = work()
  try {
    return await Promise.race([running, limit])
  } catch (err) {
    // If the limit won, the work fails too once OpenOCD is gone: ignore that.
    running.catch(() => undefined)
    throw err
  } finally {
    clearTimeout(timer)
    if (onAbort) opts.signal?.removeEventListener('abort', onAbort)
  }
}
