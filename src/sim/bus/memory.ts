// Byte-addressed little-endian memory: SRAM, and read-only system memory.
import { BusFault, type AccessSize, type BusDevice } from './bus.js'

export function readLittleEndian(bytes: Buffer, offset: number, size: AccessSize): number {
  if (size === 4) return bytes.readUInt32LE(offset)
  if (size === 2) return bytes.readUInt16LE(offset)
  return bytes[offset]
}

export function writeLittleEndian(
  bytes: Buffer,
  offset: number,
  size: AccessSize,
  value: number,
): void {
  if (size === 4) bytes.writeUInt32LE(value >>> 0, offset)
  else if (size === 2) bytes.writeUInt16LE(value & 0xffff, offset)
  else bytes[offset] = value & 0xff
}

export class Memory implements BusDevice {
  constructor(
    readonly bytes: Buffer,
    private readonly writable: boolean,
  ) {}

  static ram(size: number): Memory {
    return new Memory(Buffer.alloc(size), true)
  }

  static rom(bytes: Buffer): Memory {
    return new Memory(bytes, false)
  }

  read(offset: number, size: AccessSize): number {
    return readLittleEndian(this.bytes, offset, size)
  }

  write(offset: number, size: AccessSize, value: number): void {
    if (!this.writable) throw new BusFault('write to read-only memory')
    writeLittleEndian(this.bytes, offset, size, value)
  }
}
