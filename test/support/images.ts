// Small firmware images for tests: deterministic contents, written as raw
// binary, Intel HEX or a 32-bit ARM ELF with load and run addresses.

export interface Segment {
  /** Where the bytes are stored (the ELF load address, LMA). */
  readonly address: number
  readonly data: Buffer
  /** Where they live at run time (ELF VMA), when that differs, e.g. .data in RAM. */
  readonly runAddress?: number
}

/** Deterministic bytes that differ between seeds and rarely repeat. */
export function pattern(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length)
  let x = (seed * 2654435761) >>> 0 || 1
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    bytes[i] = x & 0xff
  }
  return bytes
}

export function intelHex(segments: readonly Segment[]): string {
  const lines: string[] = []
  let upper = -1
  for (const { address, data } of segments) {
    for (let offset = 0; offset < data.length; offset += 16) {
      const at = address + offset
      if (at >>> 16 !== upper) {
        upper = at >>> 16
        lines.push(hexRecord(0, 0x04, Buffer.from([upper >> 8, upper & 0xff])))
      }
      lines.push(hexRecord(at & 0xffff, 0x00, data.subarray(offset, offset + 16)))
    }
  }
  lines.push(hexRecord(0, 0x01, Buffer.alloc(0)))
  return lines.join('\n') + '\n'
}

function hexRecord(address: number, type: number, data: Buffer): string {
  const bytes = [data.length, address >> 8, address & 0xff, type, ...data]
  const checksum = -bytes.reduce((sum, b) => sum + b, 0) & 0xff
  return (
    ':' + [...bytes, checksum].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('')
  )
}

const EHDR_SIZE = 52
const PHDR_SIZE = 32
const PT_LOAD = 1
const EM_ARM = 40
const ET_EXEC = 2

/** An ELF32 little-endian ARM executable with one PT_LOAD segment per segment (program headers only). */
export function elf(segments: readonly Segment[], entry = segments[0]?.address ?? 0): Buffer {
  const headerBytes = EHDR_SIZE + PHDR_SIZE * segments.length
  const header = Buffer.alloc(headerBytes)
  header.write('\x7fELF', 0, 'latin1')
  header[4] = 1 // ELFCLASS32
  header[5] = 1 // little-endian
  header[6] = 1 // EV_CURRENT
  header.writeUInt16LE(ET_EXEC, 16)
  header.writeUInt16LE(EM_ARM, 18)
  header.writeUInt32LE(1, 20)
  header.writeUInt32LE(entry | 1, 24) // Thumb
  header.writeUInt32LE(EHDR_SIZE, 28) // e_phoff
  header.writeUInt32LE(0x05000200, 36) // EABI version 5, soft-float
  header.writeUInt16LE(EHDR_SIZE, 40)
  header.writeUInt16LE(PHDR_SIZE, 42)
  header.writeUInt16LE(segments.length, 44)
  header.writeUInt16LE(40, 46) // e_shentsize; no section headers
  let fileOffset = headerBytes
  segments.forEach((segment, i) => {
    const at = EHDR_SIZE + i * PHDR_SIZE
    header.writeUInt32LE(PT_LOAD, at)
    header.writeUInt32LE(fileOffset, at + 4)
    header.writeUInt32LE(segment.runAddress ?? segment.address, at + 8) // p_vaddr
    header.writeUInt32LE(segment.address, at + 12) // p_paddr
    header.writeUInt32LE(segment.data.length, at + 16) // p_filesz
    header.writeUInt32LE(segment.data.length, at + 20) // p_memsz
    header.writeUInt32LE(segment.runAddress === undefined ? 5 : 6, at + 24) // R+X, or R+W for data
    header.writeUInt32LE(4, at + 28)
    fileOffset += segment.data.length
  })
  return Buffer.concat([header, ...segments.map((s) => s.data)])
}
