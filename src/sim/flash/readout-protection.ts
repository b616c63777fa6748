// Readout protection as a bus master sees it: while it applies, reads of
// main flash (and of its boot alias at 0) end in a bus error — for the
// debugger, and for the core while a debugger is attached (RM0008 §2.3.4,
// RM0090 §3.7.3: code running from SRAM or with debug connected cannot read
// the protected flash).
import { BusFault, type AccessSize, type BusDevice } from '../bus/bus.js'
import type { AddressRange } from '../chips/description.js'

export function readoutProtected(
  bus: BusDevice,
  flash: readonly AddressRange[],
  applies: () => boolean,
): BusDevice {
  const inFlash = (address: number) =>
    flash.some((range) => address >= range.base && address < range.base + range.size)
  return {
    read(address: number, size: AccessSize): number {
      if (applies() && inFlash(address)) throw new BusFault('flash is read-protected')
      return bus.read(address, size)
    },
    write: (address, size, value) => bus.write(address, size, value),
  }
}
