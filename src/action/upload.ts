// Uploads the report folder as one workflow artifact. A failure is thrown as an
// UploadError; the caller reports it as a warning so it never hides the result.
import { DefaultArtifactClient } from '@actions/artifact'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

export interface UploadReportOptions {
  name: string
  /** Clamped by the service to the repository's maximum; omitted = repository default. */
  retentionDays?: number
}

export interface UploadedReport {
  id: number
  /** Bytes of the uploaded zip. */
  size: number
  /** SHA-256 of the uploaded zip, hex. */
  digest: string
}

export class UploadError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'UploadError'
  }
}

export async function uploadReport(
  dir: string,
  options: UploadReportOptions,
): Promise<UploadedReport> {
  const what = `the report folder ${dir} as artifact "${options.name}"`
  let files: string[]
  try {
    files = await listFiles(dir)
  } catch (error) {
    throw new UploadError(`Cannot upload ${what}: ${(error as Error).message}`, { cause: error })
  }
  if (files.length === 0) throw new UploadError(`Cannot upload ${what}: it holds no files.`)

  let response
  try {
    response = await new DefaultArtifactClient().uploadArtifact(options.name, files, dir, {
      retentionDays: options.retentionDays,
    })
  } catch (error) {
    throw new UploadError(`Uploading ${what} failed: ${(error as Error).message}`, { cause: error })
  }
  const { id, size, digest } = response
  if (id === undefined || size === undefined || digest === undefined) {
    throw new UploadError(`Uploading ${what} returned no artifact id, size or digest.`)
  }
  return { id, size, digest }
}

/** Every file below `dir` (links followed, as the artifact client does), as absolute paths. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name))
    .sort()
}
