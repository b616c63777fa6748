// A stand-in for the Actions results service and its blob storage, enough for
// the real @actions/artifact client to upload: the CreateArtifact and
// FinalizeArtifact Twirp routes, and Azure block-blob PUTs to the signed URL,
// which points back here. Errors are always JSON: the client retries a non-JSON
// error body for about half a minute instead of failing.
import { randomUUID } from 'node:crypto'
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/'
const BLOBS = '/devstoreaccount1/actions-results/'

export interface ReceivedArtifact {
  name: string
  runId: string
  jobId: string
  /** What CreateArtifact asked for, as sent (an ISO date). */
  expiresAt?: string
  /** The committed blob, assembled from its blocks in block-list order. */
  blob?: Buffer
  /** The block ids of the committed block list, in order. */
  blockIds?: string[]
  /** What FinalizeArtifact claimed: size in bytes and `sha256:<hex>`. */
  finalized?: { size: string; hash?: string }
  id?: number
}

export interface ArtifactServiceOptions {
  /** Answer CreateArtifact with this Twirp error instead. */
  rejectCreate?: { status: number; code: string; msg: string }
}

export interface ArtifactService {
  /** The value for ACTIONS_RESULTS_URL. */
  url: string
  artifacts: ReceivedArtifact[]
  /** CreateArtifact requests received, answered or refused (the client retries some). */
  readonly createRequests: number
  close(): Promise<void>
}

class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export async function startArtifactService(
  options: ArtifactServiceOptions = {},
): Promise<ArtifactService> {
  const artifacts: ReceivedArtifact[] = []
  const uploads = new Map<string, { artifact: ReceivedArtifact; blocks: Map<string, Buffer> }>()
  let createRequests = 0

  async function route(req: IncomingMessage, url: URL): Promise<object | undefined> {
    const body = await readBody(req)
    if (req.method === 'POST' && url.pathname.startsWith(TWIRP)) {
      if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
        throw new ServiceError(401, 'unauthenticated', 'missing bearer token')
      }
      const request = JSON.parse(body.toString('utf8')) as Record<string, string>
      const method = url.pathname.slice(TWIRP.length)
      if (method === 'CreateArtifact') return createArtifact(request)
      if (method === 'FinalizeArtifact') return finalizeArtifact(request)
    }
    if (req.method === 'PUT' && url.pathname.startsWith(BLOBS)) {
      putBlob(url, body)
      return undefined
    }
    throw new ServiceError(404, 'not_found', `no route for ${req.method} ${url.pathname}`)
  }

  function createArtifact(request: Record<string, string>) {
    createRequests++
    if (options.rejectCreate) {
      const { status, code, msg } = options.rejectCreate
      throw new ServiceError(status, code, msg)
    }
    const artifact: ReceivedArtifact = {
      name: request.name,
      runId: request.workflow_run_backend_id,
      jobId: request.workflow_job_run_backend_id,
      expiresAt: request.expires_at,
    }
    if (artifacts.some((a) => a.runId === artifact.runId && a.name === artifact.name)) {
      throw new ServiceError(
        409,
        'already_exists',
        'an artifact with this name already exists on the workflow run',
      )
    }
    artifacts.push(artifact)
    const blobPath = `${BLOBS}${randomUUID()}/${encodeURIComponent(artifact.name)}.zip`
    uploads.set(blobPath, { artifact, blocks: new Map() })
    return { ok: true, signed_upload_url: `${origin}${blobPath}?sig=stand-in-signature&sp=cw` }
  }

  function putBlob(url: URL, body: Buffer) {
    const upload = uploads.get(url.pathname)
    if (upload === undefined)
      throw new ServiceError(404, 'not_found', `no upload at ${url.pathname}`)
    const comp = url.searchParams.get('comp')
    if (comp === 'block') {
      upload.blocks.set(url.searchParams.get('blockid') ?? '', body)
    } else if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<Latest>([^<]*)<\/Latest>/g)].map((m) => m[1])
      const missing = ids.filter((id) => !upload.blocks.has(id))
      if (missing.length > 0)
        throw new ServiceError(400, 'invalid_block_list', `unknown blocks ${missing.join(',')}`)
      upload.artifact.blockIds = ids
      upload.artifact.blob = Buffer.concat(ids.map((id) => upload.blocks.get(id)!))
    } else {
      throw new ServiceError(400, 'unsupported', `unsupported blob operation comp=${comp}`)
    }
  }

  function finalizeArtifact(request: Record<string, string>) {
    const artifact = artifacts.find(
      (a) => a.runId === request.workflow_run_backend_id && a.name === request.name && !a.finalized,
    )
    if (artifact?.blob === undefined) {
      throw new ServiceError(404, 'not_found', `no uploaded artifact named ${request.name}`)
    }
    artifact.finalized = { size: request.size, hash: request.hash }
    artifact.id = 4242 + artifacts.indexOf(artifact)
    return { ok: true, artifact_id: String(artifact.id) }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin)
    route(req, url).then(
      (reply) => answer(res, reply === undefined ? 201 : 200, reply),
      (error: unknown) => {
        const e =
          error instanceof ServiceError ? error : new ServiceError(500, 'internal', String(error))
        answer(res, e.status, { code: e.code, msg: e.message })
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `${origin}/`,
    artifacts,
    get createRequests() {
      return createRequests
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

function answer(res: ServerResponse, status: number, body: object | undefined) {
  if (body === undefined) res.writeHead(status).end()
  else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The files in a zip (path → bytes), extracted by `unzip`, which also checks every CRC. */
export async function unzipEntries(zip: Buffer): Promise<Map<string, Buffer>> {
  const dir = await mkdtemp(join(tmpdir(), 'unzip-'))
  try {
    await writeFile(join(dir, 'a.zip'), zip)
    await execFileAsync('unzip', ['-q', join(dir, 'a.zip'), '-d', join(dir, 'out')])
    const entries = await readdir(join(dir, 'out'), { recursive: true, withFileTypes: true })
    const files = new Map<string, Buffer>()
    for (const e of entries.filter((e) => e.isFile())) {
      const full = join(e.parentPath, e.name)
      files.set(full.slice(join(dir, 'out').length + 1), await readFile(full))
    }
    return files
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
