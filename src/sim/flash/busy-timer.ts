// How long the flash stays busy after an operation. Operations complete at
// once (OpenOCD sleeps 1 ms per BSY poll); only the slow-flash fault delays
// the end of BSY, in wall-clock time.
import { performance } from 'node:perf_hooks'

export class BusyTimer {
  private until = 0

  start(ms: number): void {
    if (ms > 0) this.until = performance.now() + ms
  }

  get busy(): boolean {
    return this.until !== 0 && performance.now() < this.until
  }

  reset(): void {
    this.until = 0
  }
}
