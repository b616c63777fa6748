// How long the flash stays busy after an operation. BSY reads as set at the
// first status read after every operation, so the poll loops of OpenOCD and
// of its flash loaders really run, whatever the machine's speed; the
// slow-flash fault keeps it set longer, in wall-clock time.
import { performance } from 'node:perf_hooks'

export class BusyTimer {
  private until = 0
  private pollsBusy = 0

  start(ms: number): void {
    this.pollsBusy = 1
    this.until = ms > 0 ? performance.now() + ms : 0
  }

  /** One status read: is the operation still going on? */
  poll(): boolean {
    if (this.pollsBusy > 0) {
      this.pollsBusy--
      return true
    }
    return this.until !== 0 && performance.now() < this.until
  }

  reset(): void {
    this.until = 0
    this.pollsBusy = 0
  }
}
