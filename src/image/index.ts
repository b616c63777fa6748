// Reads a firmware image (.bin, .hex, .elf) into address-ordered segments, so
// that the plan knows what an image touches before anything is erased.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseElf } from './elf.js'
import { parseIntelHex } from './ihex.js'
import { digest } from '../util/hash.js'
import { ImageError, type Image, type ImageFormat, type Segment } from './types.js'

export { ImageError, type Image, type ImageFormat, type Segment } from './types.js'

const BY_EXTENSION: Record<string, ImageFormat> = {
  '.bin': 'bin',
  '.hex': 'ihex',
  '.ihex': 'ihex',
  '.elf': 'elf',
  '.axf': 'elf',
  '.out': 'elf',
}

/** The image format from an explicit choice or the file's extension. */
export function imageFormat(file: string, format?: ImageFormat): ImageFormat | undefined {
  return format ?? BY_EXTENSION[path.extname(file).toLowerCase()]
}

export async function readImage(
  file: string,
  options: { format?: ImageFormat; address?: number } = {},
): Promise<Image> {
  const format = imageFormat(file, options.format)
  if (!format) {
    throw new ImageError(
      `cannot tell the image format of '${file}' from its extension: use .bin, .hex or .elf, or give the format`,
    )
  }
  const buf = await readFile(file)
  let segments: Segment[]
  if (format === 'bin') {
    if (options.address === undefined) {
      throw new ImageError(`'${file}' is a raw binary: it needs an address (e.g. 0x08000000)`)
    }
    segments = [{ address: options.address, data: new Uint8Array(buf) }]
  } else {
    segments = format === 'ihex' ? parseIntelHex(buf.toString('latin1')) : parseElf(buf)
    // For .hex and .elf, an address moves the whole image, as OpenOCD's offset does.
    const offset = options.address ?? 0
    segments = segments.map((s) => ({ address: s.address + offset, data: s.data }))
  }
  segments = mergeAdjacent(segments.filter((s) => s.data.length > 0))
  if (segments.length === 0) throw new ImageError(`'${file}' contains no data to program`)
  return { format, segments, file: digest(buf) }
}

function mergeAdjacent(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.address - b.address)
  const out: Segment[] = []
  for (const s of sorted) {
    const last = out.at(-1)
    if (last && last.address + last.data.length > s.address) {
      throw new ImageError(`image segments overlap at 0x${s.address.toString(16).padStart(8, '0')}`)
    }
    if (last && last.address + last.data.length === s.address) {
      const data = new Uint8Array(last.data.length + s.data.length)
      data.set(last.data)
      data.set(s.data, last.data.length)
      out[out.length - 1] = { address: last.address, data }
    } else out.push(s)
  }
  return out
}
