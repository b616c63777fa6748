// The AHB-AP, a MEM-AP (ADIv5): CSW/TAR/DRW with auto-increment and byte
// lanes, the banked BD0-BD3 window OpenOCD uses for the core debug
// registers, and the ID registers. Bus errors propagate as BusFault; TAR is
// then left at the faulting address, because OpenOCD reads it to report.
import { BusFault, type AccessSize, type BusDevice } from '../bus/bus.js'

const CSW = 0x00
const TAR = 0x04
const DRW = 0x0c
const BD0 = 0x10
const BD3 = 0x1c
const CFG = 0xf4
const BASE = 0xf8
const IDR = 0xfc

const CSW_SIZE = 0x7
const CSW_ADDRINC = 0x30
const CSW_ADDRINC_SINGLE = 0x10
const CSW_DEVICE_EN = 0x40
const CSW_TR_IN_PROG = 0x80
/** ROM table at 0xE00FF000, present. */
const ROM_TABLE_BASE = 0xe00ff003

const ACCESS_SIZE: readonly (AccessSize | undefined)[] = [1, 2, 4]
const LANE_MASK = [0, 0xff, 0xffff, 0, 0xffffffff]

export class MemAp {
  private csw = CSW_DEVICE_EN
  private tar = 0

  constructor(
    private readonly bus: BusDevice,
    private readonly idr: number,
  ) {}

  read(register: number): number {
    if (register === DRW) {
      const size = this.size()
      const value = this.bus.read(this.tar, size)
      const shifted = (value << ((this.tar & 3) * 8)) >>> 0
      this.advance(size)
      return shifted
    }
    if (register >= BD0 && register <= BD3)
      return this.bus.read(this.bankedAddress(register), 4) >>> 0
    switch (register) {
      case CSW:
        return this.csw
      case TAR:
        return this.tar
      case CFG:
        return 0 // little-endian, 32-bit addresses
      case BASE:
        return ROM_TABLE_BASE
      case IDR:
        return this.idr
      default:
        return 0
    }
  }

  write(register: number, value: number): void {
    if (register === DRW) {
      const size = this.size()
      const lane = (value >>> ((this.tar & 3) * 8)) & LANE_MASK[size]
      this.bus.write(this.tar, size, lane >>> 0)
      this.advance(size)
    } else if (register >= BD0 && register <= BD3) {
      this.bus.write(this.bankedAddress(register), 4, value)
    } else if (register === CSW) {
      // Packed transfers are not implemented: AddrInc reads back 0 when asked
      // for them, which tells OpenOCD not to use them.
      const packed = (value & CSW_ADDRINC) === 0x20
      this.csw = ((packed ? value & ~CSW_ADDRINC : value) & ~CSW_TR_IN_PROG) | CSW_DEVICE_EN
    } else if (register === TAR) {
      this.tar = value >>> 0
    }
  }

  private size(): AccessSize {
    const size = ACCESS_SIZE[this.csw & CSW_SIZE]
    if (size === undefined) throw new BusFault(`unsupported CSW size ${this.csw & CSW_SIZE}`)
    if (this.tar & (size - 1)) throw new BusFault(`unaligned ${size * 8}-bit access`)
    return size
  }

  // TAR increments only within a 4 KiB block, as on the Cortex-M3/M4 AHB-AP.
  private advance(size: AccessSize): void {
    if ((this.csw & CSW_ADDRINC) === CSW_ADDRINC_SINGLE) {
      this.tar = ((this.tar & ~0xfff) | ((this.tar + size) & 0xfff)) >>> 0
    }
  }

  private bankedAddress(register: number): number {
    return ((this.tar & ~0xf) | (register - BD0)) >>> 0
  }
}
