// STM32F1 option bytes at 0x1FFFF800: eight (byte, complement) halfwords —
// RDP, USER, Data0, Data1, WRP0..WRP3. Programming writes the low byte and
// the hardware generates the complement. FLASH_OBR and FLASH_WRPR are only
// loaded from here at a system reset.

const FACTORY = Buffer.from([
  0xa5, 0x5a, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00,
])

const RDP_UNPROTECTED = 0xa5
const OBR_OPTERR = 1 << 0
export const OBR_RDPRT = 1 << 1

export interface LoadedOptions {
  readonly obr: number
  readonly wrpr: number
}

export class Stm32f1OptionBytes {
  readonly bytes = Buffer.from(FACTORY)

  erase(): void {
    this.bytes.fill(0xff)
  }

  isErased(halfword: number): boolean {
    return this.bytes.readUInt16LE(halfword * 2) === 0xffff
  }

  program(halfword: number, byte: number): void {
    this.bytes[halfword * 2] = byte & 0xff
    this.bytes[halfword * 2 + 1] = ~byte & 0xff
  }

  /** The option load at reset: a pair whose complement does not match reads 0xFF and sets OPTERR. */
  load(): LoadedOptions {
    let error = 0
    const value = (index: number): number => {
      const byte = this.bytes[index * 2]
      if ((byte ^ this.bytes[index * 2 + 1]) === 0xff) return byte
      error = OBR_OPTERR
      return 0xff
    }
    const rdp = value(0)
    const user = value(1)
    const data0 = value(2)
    const data1 = value(3)
    const wrpr = (value(4) | (value(5) << 8) | (value(6) << 16) | (value(7) << 24)) >>> 0
    const readProtected = rdp === RDP_UNPROTECTED ? 0 : OBR_RDPRT
    const obr = (error | readProtected | (user << 2) | (data0 << 10) | (data1 << 18)) >>> 0
    return { obr, wrpr }
  }
}
