// File records (size and SHA-256) for the report.
import { stat } from 'node:fs/promises'
import path from 'node:path'
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
