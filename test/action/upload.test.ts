import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uploadReport, UploadError } from '../../src/action/upload.js'
import {
  startArtifactService,
  unzipEntries,
  type ArtifactService,
} from '../support/artifact-service.js'
import { runtimeToken } from '../support/runner-env.js'

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

let work: string
let service: ArtifactService

async function useService(s: ArtifactService) {
  service = s
  vi.stubEnv('ACTIONS_RESULTS_URL', s.url)
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'upload-'))
  vi.stubEnv('ACTIONS_RUNTIME_TOKEN', runtimeToken('run-7', 'job-9'))
  vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com')
  // The blob client does not bypass a proxy for loopback on its own.
  for (const name of [
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'ALL_PROXY',
    'http_proxy',
    'https_proxy',
    'all_proxy',
  ]) {
    vi.stubEnv(name, undefined)
  }
  vi.stubEnv('GITHUB_RETENTION_DAYS', undefined)
  await useService(await startArtifactService())
})

afterEach(async () => {
  vi.unstubAllEnvs()
  await service.close()
  await rm(work, { recursive: true, force: true })
})

async function reportFolder(files: Record<string, Buffer>): Promise<string> {
  const dir = join(work, 'report')
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true })
    await writeFile(join(dir, name), bytes)
  }
  return dir
}

describe('uploadReport', () => {
  it('uploads every file of the report folder, byte for byte', async () => {
    const files = {
      'report.json': Buffer.from(JSON.stringify({ result: 'success', steps: [] })),
      // Incompressible and over 8 MiB, so the zip goes up as more than one block.
      'dumps/bank0.bin': randomBytes(9 * 1024 * 1024),
      'openocd.log': Buffer.from('Open On-Chip Debugger 0.12.0\nInfo : flash size = 64 KiB\n'),
    }
    const dir = await reportFolder(files)

    const result = await uploadReport(dir, { name: 'flash-evidence', retentionDays: 3 })

    const [artifact] = service.artifacts
    expect(service.artifacts).toHaveLength(1)
    expect(artifact).toMatchObject({
      name: 'flash-evidence',
      runId: 'run-7',
      jobId: 'job-9',
      id: 4242,
    })
    expect(artifact.blockIds!.length).toBeGreaterThan(1)
    const blob = artifact.blob!
    expect(result).toEqual({ id: 4242, size: blob.length, digest: sha256(blob) })
    expect(artifact.finalized).toEqual({
      size: String(blob.length),
      hash: `sha256:${sha256(blob)}`,
    })

    const entries = await unzipEntries(blob)
    expect([...entries.keys()].sort()).toEqual(Object.keys(files).sort())
    for (const [name, bytes] of Object.entries(files)) {
      expect(sha256(entries.get(name)!), name).toBe(sha256(bytes))
    }
    const days = (Date.parse(artifact.expiresAt!) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(2.9)
    expect(days).toBeLessThanOrEqual(3)
  })

  it('turns a refused upload into an UploadError at once', async () => {
    await service.close()
    await useService(
      await startArtifactService({
        rejectCreate: {
          status: 409,
          code: 'already_exists',
          msg: 'an artifact with this name already exists',
        },
      }),
    )
    const dir = await reportFolder({ 'report.json': Buffer.from('{}') })

    const error = await uploadReport(dir, { name: 'flash-evidence' }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(UploadError)
    expect((error as Error).message).toMatch(
      /^Uploading the report folder .*report as artifact "flash-evidence" failed: .*409/,
    )
    expect(service.createRequests).toBe(1) // not retried: a conflict stays a conflict
  })

  it('turns an unreachable service into an UploadError', async () => {
    const dir = await reportFolder({ 'report.json': Buffer.from('{}') })
    await service.close()
    await expect(uploadReport(dir, { name: 'flash-evidence' })).rejects.toThrow(
      /failed: .*ECONNREFUSED/,
    )
  })

  it('refuses an empty or missing report folder before contacting the service', async () => {
    await mkdir(join(work, 'empty'))
    await expect(uploadReport(join(work, 'empty'), { name: 'e' })).rejects.toThrow(
      /it holds no files/,
    )
    await expect(uploadReport(join(work, 'missing'), { name: 'e' })).rejects.toThrow(
      /^Cannot upload the report folder .*missing as artifact "e": ENOENT/,
    )
    expect(service.artifacts).toEqual([])
  })
})
