// Intel HEX reader: data (00), end (01), extended segment (02) and extended
// linear (04) address records; start addresses (03, 05) carry no data.
import { ImageError, type Segment } from './types.js'

export function parseIntelHex(text: string): Segment[] {
  const segments: Segment[] = []
  let upper = 0
  let current: { address: number; bytes: number[] } | undefined
  const flush = () => {
    if (current && current.bytes.length) {
      segments.push({ address: current.address, data: Uint8Array.from(current.bytes) })
    }
    current = undefined
  }
  const lines = text.split(/\r?\n/)
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim()
    if (!line) continue
    const where = `line ${n + 1}`
    if (!/^:([0-9A-Fa-f]{2})+$/.test(line))
      throw new ImageError(`${where}: not an Intel HEX record`)
    const bytes = Buffer.from(line.slice(1), 'hex')
    const count = bytes[0]
    if (bytes.length !== count + 5)
      throw new ImageError(`${where}: record length does not match its byte count`)
    const sum = bytes.reduce((a, b) => a + b, 0) & 0xff
    if (sum !== 0) throw new ImageError(`${where}: checksum error`)
    const offset = bytes.readUInt16BE(1)
    const type = bytes[3]
    const data = bytes.subarray(4, 4 + count)
    switch (type) {
      case 0x00: {
        const address = (upper + offset) >>> 0
        if (!current || current.address + current.bytes.length !== address) {
          flush()
          current = { address, bytes: [] }
        }
        for (const b of data) current.bytes.push(b)
        break
      }
      case 0x01:
        flush()
        return segments
      case 0x02:
        upper = data.readUInt16BE(0) << 4
        break
      case 0x04:
        upper = (data.readUInt16BE(0) << 16) >>> 0
        break
      case 0x03:
      case 0x05:
        break
      default:
        throw new ImageError(`${where}: unknown record type ${type}`)
    }
  }
  throw new ImageError('no end-of-file record: the file is truncated')
}
