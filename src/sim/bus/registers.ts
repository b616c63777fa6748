// Memory-mapped 32-bit register files. Models implement RegisterFile; the
// RegisterBlock adapter puts them on the bus. Sub-word reads take the byte
// lanes of the word; sub-word writes fault, so that a write-1-to-clear
// register can never be hit by an accidental read-modify-write.
import { BusFault, type AccessSize, type BusDevice } from './bus.js'

export interface RegisterFile {
  /** `offset` is word-aligned, relative to the block. */
  readRegister(offset: number): number
  writeRegister(offset: number, value: number): void
}

const SIZE_MASK = [0, 0xff, 0xffff, 0, 0xffffffff]

export class RegisterBlock implements BusDevice {
  constructor(private readonly file: RegisterFile) {}

  read(offset: number, size: AccessSize): number {
    const word = this.file.readRegister(offset & ~3) >>> 0
    return size === 4 ? word : (word >>> ((offset & 3) * 8)) & SIZE_MASK[size]
  }

  write(offset: number, size: AccessSize, value: number): void {
    if (size !== 4) throw new BusFault('registers take 32-bit writes only')
    this.file.writeRegister(offset, value >>> 0)
  }
}

/**
 * Peripheral space nobody models (RCC, GPIO, ...): remembers what is written,
 * reads zero elsewhere. Enough for the configs' clock set-up writes.
 */
export class PlainRegisters implements BusDevice {
  private readonly words = new Map<number, number>()

  read(offset: number, size: AccessSize): number {
    const word = this.words.get(offset & ~3) ?? 0
    return size === 4 ? word : (word >>> ((offset & 3) * 8)) & SIZE_MASK[size]
  }

  write(offset: number, size: AccessSize, value: number): void {
    const aligned = offset & ~3
    const shift = (offset & 3) * 8
    const mask = (SIZE_MASK[size] << shift) >>> 0
    const old = this.words.get(aligned) ?? 0
    this.words.set(aligned, ((old & ~mask) | ((value << shift) & mask)) >>> 0)
  }
}
