// ELF reader for what flash programming needs: the loadable segments at their
// load (physical) addresses, as OpenOCD's own image loader picks them.
import { ImageError, type Segment } from './types.js'

const PT_LOAD = 1

export function parseElf(buf: Buffer): Segment[] {
  if (buf.length < 52 || buf.readUInt32BE(0) !== 0x7f454c46) throw new ImageError('not an ELF file')
  const is64 = buf[4] === 2
  const le = buf[5] === 1
  if (buf[4] !== 1 && buf[4] !== 2) throw new ImageError('unknown ELF class')
  const u16 = (o: number) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o))
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o))
  const u64 = (o: number) => Number(le ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o))
  const word = is64 ? u64 : u32
  const phoff = word(is64 ? 0x20 : 0x1c)
  const phentsize = u16(is64 ? 0x36 : 0x2a)
  const phnum = u16(is64 ? 0x38 : 0x2c)
  const headers: Array<{ paddr: number; vaddr: number; offset: number; filesz: number }> = []
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize
    if (p + phentsize > buf.length)
      throw new ImageError('ELF program headers run past the end of the file')
    if (u32(p) !== PT_LOAD) continue
    const h = is64
      ? { offset: u64(p + 8), vaddr: u64(p + 16), paddr: u64(p + 24), filesz: u64(p + 32) }
      : { offset: u32(p + 4), vaddr: u32(p + 8), paddr: u32(p + 12), filesz: u32(p + 16) }
    if (h.filesz > 0) headers.push(h)
  }
  // Like OpenOCD: when every load segment has physical address 0 there is no
  // load address information, and the virtual addresses are used instead.
  const usePaddr = headers.length <= 1 || headers.some((h) => h.paddr !== 0)
  return headers.map((h) => {
    if (h.offset + h.filesz > buf.length)
      throw new ImageError('an ELF segment runs past the end of the file')
    return {
      address: usePaddr ? h.paddr : h.vaddr,
      data: new Uint8Array(buf.subarray(h.offset, h.offset + h.filesz)),
    }
  })
}

const SHT_SYMTAB = 2

/** The value (address) of a symbol in the ELF's symbol table, e.g. `_SEGGER_RTT`. */
export function elfSymbol(buf: Buffer, name: string): number | undefined {
  if (buf.length < 52 || buf.readUInt32BE(0) !== 0x7f454c46 || buf[4] !== 1) return undefined
  const le = buf[5] === 1
  const u16 = (o: number) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o))
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o))
  const shoff = u32(0x20)
  const shentsize = u16(0x2e)
  const shnum = u16(0x30)
  const section = (i: number) => {
    const h = shoff + i * shentsize
    return { type: u32(h + 4), offset: u32(h + 16), size: u32(h + 20), link: u32(h + 24) }
  }
  if (shoff + shnum * shentsize > buf.length) return undefined
  for (let i = 0; i < shnum; i++) {
    const symtab = section(i)
    if (symtab.type !== SHT_SYMTAB) continue
    const strtab = section(symtab.link)
    for (let s = symtab.offset; s + 16 <= symtab.offset + symtab.size; s += 16) {
      const start = strtab.offset + u32(s)
      const end = buf.indexOf(0, start)
      if (end > start && buf.toString('latin1', start, end) === name) return u32(s + 4)
    }
  }
  return undefined
}
