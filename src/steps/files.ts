// File records (size and SHA-256) for the report.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { Image } from '../image/index.js'
import type { FileRecord } from '../report/model.js'
import { sha256File } from '../util/hash.js'

export async function fileRecord(
  file: string,
  role: FileRecord['role'],
  relativeTo?: string,
): Promise<FileRecord> {
  const [info, sha256] = await Promise.all([stat(file), sha256File(file)])
  return {
    path: relativeTo ? path.relative(relativeTo, file) : file,
    role,
    bytes: info.size,
    sha256,
  }
}

/** An image's record from its snapshot: the bytes that were planned and programmed. */
export function imageRecord(file: string, image: Image): FileRecord {
  return { path: file, role: 'image', bytes: image.file.bytes, sha256: image.file.sha256 }
}
