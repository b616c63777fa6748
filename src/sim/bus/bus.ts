// The system bus behind the AHB-AP: an address map of devices. Devices see
// offsets inside their own window and plain (not lane-shifted) values; the
// MEM-AP does byte lanes and alignment.

export type AccessSize = 1 | 2 | 4

/** Anything that answers bus reads and writes inside its own address window. */
export interface BusDevice {
  read(offset: number, size: AccessSize): number
  write(offset: number, size: AccessSize, value: number): void
}

/** A bus error response: the MEM-AP turns it into STICKYERR. */
export class BusFault extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'BusFault'
  }
}

interface Region {
  readonly base: number
  readonly end: number
  readonly device: BusDevice
  /** Part of it is claimed by a region mapped earlier, so it cannot be cached. */
  readonly shadowed: boolean
}

/** An address decoder; the first mapped region that contains an address wins, and unmapped addresses fault. */
export class Bus implements BusDevice {
  private readonly regions: Region[] = []
  // Flash programming and bank reads hit the same region many times in a row.
  private last: Region | undefined

  map(base: number, size: number, device: BusDevice): this {
    const end = base + size
    const shadowed = this.regions.some((r) => r.base < end && base < r.end)
    this.regions.push({ base, end, device, shadowed })
    return this
  }

  read(address: number, size: AccessSize): number {
    const region = this.find(address)
    if (!region) throw new BusFault(`no device at 0x${address.toString(16)}`)
    return region.device.read(address - region.base, size)
  }

  write(address: number, size: AccessSize, value: number): void {
    const region = this.find(address)
    if (!region) throw new BusFault(`no device at 0x${address.toString(16)}`)
    region.device.write(address - region.base, size, value)
  }

  private find(address: number): Region | undefined {
    const last = this.last
    if (last && address >= last.base && address < last.end) return last
    for (const region of this.regions) {
      if (address >= region.base && address < region.end) {
        if (!region.shadowed) this.last = region
        return region
      }
    }
    return undefined
  }
}

/** Read-as-zero, write-ignored: unimplemented space inside the PPB. */
export const readAsZero: BusDevice = {
  read: () => 0,
  write: () => {},
}
