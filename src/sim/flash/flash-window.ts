// A flash array as the bus sees it: reads come straight from the cells
// (through the stuck-bit fault, if any); writes go to the flash controller,
// which decides whether they program anything.
import type { AccessSize, BusDevice } from '../bus/bus.js'
import type { FlashArray } from './flash-array.js'

export interface FlashProgrammer {
  program(offset: number, size: AccessSize, value: number): void
}

/** Alters what a read returns, e.g. bits stuck at 0 or 1. */
export type ReadFilter = (offset: number, size: AccessSize, value: number) => number

export class FlashWindow implements BusDevice {
  constructor(
    private readonly array: FlashArray,
    private readonly programmer: FlashProgrammer,
    private readonly filter?: ReadFilter,
  ) {}

  read(offset: number, size: AccessSize): number {
    const value = this.array.read(offset, size)
    return this.filter ? this.filter(offset, size, value) : value
  }

  write(offset: number, size: AccessSize, value: number): void {
    this.programmer.program(offset, size, value)
  }
}
