// Provides the OpenOCD binary a run uses: the one on PATH, one at a given path,
// or a pinned xPack release from the tool cache or downloaded and verified.
import * as core from '@actions/core'
import * as tc from '@actions/tool-cache'
import { access, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import {
  BinaryError,
  executableProblem,
  findOpenOcdOnPath,
  findScriptsDir,
  openOcdFileName,
  readOpenOcdVersion,
} from '../../openocd/binary.js'
import { cacheVerified, findVerifiedCache } from './cache.js'
import { downloadVerified, extractXpack } from './download.js'
import { ProvisionError } from './errors.js'
import {
  currentPlatform,
  resolveXpackSource,
  type PinTable,
  type XpackSource,
  type XpackSourceRequest,
} from './pins.js'

export type OpenOcdRequest =
  { kind: 'system' } | { kind: 'path'; path: string } | ({ kind: 'xpack' } & XpackSourceRequest)

export interface ProvisionOptions {
  /** Replaces the committed pin table (tests, or a fork that pins its own builds). */
  pins?: PinTable
  /** `${process.platform}-${process.arch}` of the build to fetch; defaults to this machine's. */
  platform?: string
}

export interface ProvisionedOpenOcd {
  binary: string
  /** The scripts folder shipped with this binary, when there is one. */
  scriptsDir?: string
  /** What the binary itself reports, e.g. "Open On-Chip Debugger 0.12.0". */
  version: string
  source: 'system' | 'path' | 'cache' | 'download'
}

export async function provisionOpenOcd(
  request: OpenOcdRequest,
  options: ProvisionOptions = {},
): Promise<ProvisionedOpenOcd> {
  switch (request.kind) {
    case 'system':
      return describeBinary(await systemOpenOcd(), 'system')
    case 'path':
      return describeBinary(await givenOpenOcd(request.path), 'path')
    case 'xpack':
      return provisionXpack(request, options)
  }
}

async function systemOpenOcd(): Promise<string> {
  const found = await findOpenOcdOnPath()
  if (found !== undefined) return found
  throw new ProvisionError(
    `${openOcdFileName()} was not found on PATH. Install it (apt-get install openocd, brew install open-ocd, ` +
      'or the xPack build), point openocd-path at a binary, or leave system off so the action ' +
      'downloads the pinned xPack OpenOCD.',
  )
}

async function givenOpenOcd(path: string): Promise<string> {
  const absolute = resolve(path)
  const problem = await executableProblem(absolute)
  if (problem !== undefined) throw new ProvisionError(`openocd-path ${absolute} ${problem}.`)
  return absolute
}

async function provisionXpack(
  request: XpackSourceRequest,
  options: ProvisionOptions,
): Promise<ProvisionedOpenOcd> {
  const { version } = request
  // tool-cache only finds an exact version again; a range or a name would download every time.
  if (!tc.isExplicitVersion(version)) {
    throw new ProvisionError(
      `openocd-version must be an exact version such as 0.12.0-7, got "${version}".`,
    )
  }
  const platform = options.platform ?? currentPlatform()
  const source = resolveXpackSource(request, platform, options.pins)
  const arch = platform.slice(platform.indexOf('-') + 1)

  const cached = await findVerifiedCache(version, arch, source.sha256)
  const dir = cached ?? (await downloadAndCache(source, version, arch, platform))
  return describeBinary(join(dir, 'bin', openOcdFileName(platform)), cached ? 'cache' : 'download')
}

async function downloadAndCache(
  source: XpackSource,
  version: string,
  arch: string,
  platform: string,
): Promise<string> {
  core.info(`Downloading xPack OpenOCD ${version} for ${platform} from ${source.url}`)
  const archive = await downloadVerified(source.url, source.sha256)
  const extracted = `${archive}.extracted`
  try {
    const root = await extractXpack(archive, source.url, extracted)
    const binary = join('bin', openOcdFileName(platform))
    await access(join(root, binary)).catch(() => {
      throw new ProvisionError(`The archive from ${source.url} has no ${binary}.`)
    })
    const dir = await cacheVerified(root, version, arch, source.sha256)
    core.info(`Verified SHA-256 ${source.sha256} and cached OpenOCD in ${dir}`)
    return dir
  } finally {
    await Promise.all([archive, extracted].map((p) => rm(p, { recursive: true, force: true })))
  }
}

async function describeBinary(
  binary: string,
  source: ProvisionedOpenOcd['source'],
): Promise<ProvisionedOpenOcd> {
  const [version, scriptsDir] = await Promise.all([
    readOpenOcdVersion(binary).catch((error: unknown) => {
      if (!(error instanceof BinaryError)) throw error
      throw new ProvisionError(error.message, { cause: error.cause })
    }),
    findScriptsDir(binary),
  ])
  return { binary, scriptsDir, version, source }
}
