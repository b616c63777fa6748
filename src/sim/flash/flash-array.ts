// NOR flash cells: erased is 0xFF, programming can only clear bits.
import type { AccessSize } from '../bus/bus.js'
import { readLittleEndian, writeLittleEndian } from '../bus/memory.js'

export class FlashArray {
  readonly bytes: Buffer

  constructor(size: number) {
    this.bytes = Buffer.alloc(size, 0xff)
  }

  read(offset: number, size: AccessSize): number {
    return readLittleEndian(this.bytes, offset, size)
  }

  isErased(offset: number, size: AccessSize): boolean {
    const all = size === 4 ? 0xffffffff : size === 2 ? 0xffff : 0xff
    return this.read(offset, size) === all
  }

  /** Programs `value`; a 1 over a programmed 0 stays 0, as in the cells. */
  program(offset: number, size: AccessSize, value: number): void {
    writeLittleEndian(this.bytes, offset, size, this.read(offset, size) & value)
  }

  erase(offset: number, length: number): void {
    this.bytes.fill(0xff, offset, offset + length)
  }
}
