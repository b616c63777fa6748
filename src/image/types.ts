import type { FileDigest } from '../util/hash.js'

export type ImageFormat = 'bin' | 'ihex' | 'elf'

export interface Segment {
  address: number
  data: Uint8Array
}

export interface Image {
  format: ImageFormat
  /** Segments in address order, adjacent ones merged. */
  segments: Segment[]
  /** The file as it was read: what the report records, whatever happens to the file later. */
  file: FileDigest
}

/** A file that is not a valid image of its format. */
export class ImageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImageError'
  }
}
