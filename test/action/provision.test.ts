import { access, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ChecksumError, ProvisionError } from '../../src/action/provision/errors.js'
import { provisionOpenOcd } from '../../src/action/provision/install.js'
import { DEBIAN_OPENOCD, openOcdOnPath } from '../support/openocd-under-test.js'
import {
  DEFAULT_OPENOCD_VERSION,
  resolveXpackSource,
  type PinTable,
} from '../../src/action/provision/pins.js'
import {
  ARCHIVED_SCRIPTS,
  buildXpackArchive,
  startXpackHost,
  type XpackArchive,
  type XpackHost,
} from '../support/xpack-host.js'

const VERSION = '0.12.0-7'
const PLATFORM = 'linux-x64'
// The stand-in archive runs the openocd on PATH (the one under test).
const LOCAL_VERSION = openOcdOnPath().version

// tool-cache waits 10-20 s between download attempts unless told otherwise.
Object.assign(globalThis, {
  TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS: 0,
  TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS: 0,
})

let work: string
let temp: string
let toolCache: string
let marker: string
let archive: XpackArchive
let host: XpackHost
let pins: PinTable

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'provision-'))
  temp = join(work, 'runner-temp')
  toolCache = join(work, 'tool-cache')
  marker = join(work, 'ran.log')
  vi.stubEnv('RUNNER_TEMP', temp)
  vi.stubEnv('RUNNER_TOOL_CACHE', toolCache)
  archive = await buildXpackArchive(join(work, 'build'), VERSION, marker)
  host = await startXpackHost({ [archive.fileName]: archive.bytes })
  pins = pinsFor(archive.sha256)
})

afterEach(async () => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  await host.close()
  await rm(work, { recursive: true, force: true })
})

function pinsFor(sha256: string): PinTable {
  return { [VERSION]: { [PLATFORM]: { fileName: archive.fileName, sha256 } } }
}

function provisionXpack() {
  return provisionOpenOcd(
    { kind: 'xpack', version: VERSION, baseUrl: host.baseUrl },
    { pins, platform: PLATFORM },
  )
}

async function runs(): Promise<number> {
  const log = await readFile(marker, 'utf8').catch(() => '')
  return log.split('\n').filter(Boolean).length
}

async function listing(dir: string): Promise<string[]> {
  return readdir(dir, { recursive: true }).catch(() => [])
}

/** What core.warning printed, as `::warning::` workflow commands on stdout. */
function captureWarnings(): string[] {
  const warnings: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk, ...rest) => {
    if (String(chunk).startsWith('::warning::')) warnings.push(String(chunk))
    return write(chunk, ...(rest as []))
  })
  return warnings
}

describe('xPack download', () => {
  it('downloads, verifies, caches and reports the version OpenOCD prints', async () => {
    const got = await provisionXpack()

    expect(got.source).toBe('download')
    expect(got.binary).toBe(join(toolCache, 'openocd-xpack', VERSION, 'x64', 'bin', 'openocd'))
    expect(got.version).toBe(LOCAL_VERSION)
    expect(got.scriptsDir).toBe(
      join(toolCache, 'openocd-xpack', VERSION, 'x64', 'openocd', 'scripts'),
    )
    for (const script of ARCHIVED_SCRIPTS) await access(join(got.scriptsDir!, script))
    expect(host.downloads).toBe(1)
    expect(await runs()).toBe(1) // only `--version`, after verification
    // The archive and its extraction are gone; only the cache keeps the files.
    expect(await listing(temp)).toEqual([])
    expect(await listing(toolCache)).toContain(join('openocd-xpack', VERSION, 'x64.verified.json'))
  })

  it('uses the cache on the second call without downloading', async () => {
    const first = await provisionXpack()
    const second = await provisionXpack()

    expect(second.source).toBe('cache')
    expect(second.binary).toBe(first.binary)
    expect(second.version).toBe(LOCAL_VERSION)
    expect(host.downloads).toBe(1)
  })

  it('accepts an explicit URL with its SHA-256 (a mirror or vendor build)', async () => {
    const got = await provisionOpenOcd(
      {
        kind: 'xpack',
        version: '0.12.0-100',
        url: host.assetUrl(archive.fileName),
        sha256: archive.sha256.toUpperCase(),
      },
      { pins: {}, platform: PLATFORM },
    )
    expect(got.source).toBe('download')
    expect(got.binary).toBe(join(toolCache, 'openocd-xpack', '0.12.0-100', 'x64', 'bin', 'openocd'))
    expect(got.version).toBe(LOCAL_VERSION)
  })

  it('refuses an archive with the wrong SHA-256: nothing extracted, cached or run', async () => {
    pins = pinsFor('0'.repeat(64))
    const error = await provisionXpack().catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ChecksumError)
    expect((error as ChecksumError).actual).toBe(archive.sha256)
    expect((error as Error).message).toMatch(/deleted without being extracted or run/)
    expect(host.downloads).toBe(1)
    await expect(access(marker)).rejects.toThrow()
    expect(await listing(toolCache)).toEqual([])
    expect(await listing(temp)).toEqual([])
  })

  it('refuses an explicit URL whose SHA-256 does not match', async () => {
    const error = await provisionOpenOcd(
      {
        kind: 'xpack',
        version: VERSION,
        url: host.assetUrl(archive.fileName),
        sha256: 'a'.repeat(64),
      },
      { platform: PLATFORM },
    ).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ChecksumError)
    await expect(access(marker)).rejects.toThrow()
    expect(await listing(toolCache)).toEqual([])
  })

  it('reports a download the host refuses', async () => {
    pins = { [VERSION]: { [PLATFORM]: { fileName: 'missing.tar.gz', sha256: archive.sha256 } } }
    await expect(provisionXpack()).rejects.toThrow(
      /Downloading OpenOCD from http:\/\/127\.0\.0\.1:\d+\/.*missing\.tar\.gz failed: Unexpected HTTP response: 404/,
    )
  })
})

describe('cache re-check', () => {
  const cached = (rel: string) => join(toolCache, 'openocd-xpack', VERSION, 'x64', rel)

  // The replaced binary would leave a mark if it ever ran; the script change is inert text.
  const tamperings: [string, string, (tampered: string) => string][] = [
    [
      'the binary',
      'bin/openocd',
      (t) => `#!/bin/sh\necho tampered >> '${t}'\nexec /usr/bin/openocd "$@"\n`,
    ],
    ['a script', 'openocd/scripts/interface/dummy.cfg', () => '# tampered\n'],
  ]

  it.each(tamperings)(
    'discards the cache when %s changed, without running it',
    async (_what, rel, content) => {
      await provisionXpack()
      const tampered = join(work, 'tampered.log')
      await writeFile(cached(rel), content(tampered))
      const warnings = captureWarnings()

      const got = await provisionXpack()

      expect(got.source).toBe('download')
      expect(host.downloads).toBe(2)
      expect(warnings.join('')).toMatch(/Discarding the cached OpenOCD 0\.12\.0-7 .*files changed/)
      await expect(access(tampered)).rejects.toThrow()
      expect(await readFile(cached(rel), 'utf8')).not.toContain('tampered')
    },
  )

  it('discards a cache entry that has no verification record', async () => {
    await provisionXpack()
    await rm(`${cached('')}.verified.json`)
    const warnings = captureWarnings()

    expect((await provisionXpack()).source).toBe('download')
    expect(warnings.join('')).toMatch(/no verification record/)
    expect(host.downloads).toBe(2)
  })

  it('discards a cache entry made from a different archive', async () => {
    await provisionXpack()
    await writeFile(
      `${cached('')}.verified.json`,
      JSON.stringify({ archiveSha256: 'f'.repeat(64), treeSha256: 'x' }),
    )
    const warnings = captureWarnings()

    expect((await provisionXpack()).source).toBe('download')
    expect(warnings.join('')).toMatch(/made from an archive with SHA-256 f{64}, not [0-9a-f]{64}/)
  })
})

describe('installed OpenOCD', () => {
  it('finds openocd on PATH', async () => {
    const got = await provisionOpenOcd({ kind: 'system' })
    expect(got).toEqual({ ...openOcdOnPath(), source: 'system' })
  })

  it('says how to install openocd when it is not on PATH', async () => {
    vi.stubEnv('PATH', join(work, 'empty'))
    await expect(provisionOpenOcd({ kind: 'system' })).rejects.toThrow(
      /openocd was not found on PATH\. Install it \(apt-get install openocd/,
    )
  })

  it('uses the binary at openocd-path', async () => {
    const got = await provisionOpenOcd({ kind: 'path', path: DEBIAN_OPENOCD.binary })
    expect(got.source).toBe('path')
    expect(got.version).toBe(DEBIAN_OPENOCD.version)
  })

  it('rejects an openocd-path that is missing or not executable', async () => {
    await expect(provisionOpenOcd({ kind: 'path', path: join(work, 'nope') })).rejects.toThrow(
      /does not exist/,
    )
    const plain = join(work, 'plain-file')
    await writeFile(plain, 'not a program')
    await expect(provisionOpenOcd({ kind: 'path', path: plain })).rejects.toThrow(
      /is not an executable file/,
    )
  })
})

describe('pins', () => {
  it('builds the GitHub release URL for every pinned platform', () => {
    expect(resolveXpackSource({ version: DEFAULT_OPENOCD_VERSION }, 'win32-x64')).toEqual({
      url: 'https://github.com/xpack-dev-tools/openocd-xpack/releases/download/v0.12.0-7/xpack-openocd-0.12.0-7-win32-x64.zip',
      sha256: '6bfd3c97135aafef8affc9af1acf34fd0e2b9ca26044506f6abd7f95b7630052',
    })
  })

  it('names the supported platforms and the explicit alternative for an unsupported one', async () => {
    const error = provisionOpenOcd(
      { kind: 'xpack', version: DEFAULT_OPENOCD_VERSION },
      { platform: 'linux-arm' },
    )
    await expect(error).rejects.toThrow(ProvisionError)
    await expect(error).rejects.toThrow(
      'xPack OpenOCD 0.12.0-7 has no pinned build for linux-arm (pinned: linux-x64, linux-arm64, darwin-x64, darwin-arm64, win32-x64). ' +
        'Use openocd-path or system for an installed OpenOCD, or give openocd-url and openocd-sha256 together',
    )
  })

  it('names the pinned versions for an unknown one', () => {
    expect(() => resolveXpackSource({ version: '0.11.0-1' }, PLATFORM)).toThrow(
      /xPack OpenOCD 0\.11\.0-1 is not pinned by this action \(pinned: 0\.12\.0-7\).*openocd-url and openocd-sha256/,
    )
  })

  it('refuses a URL without a SHA-256, a malformed SHA-256 and an inexact version', async () => {
    expect(() =>
      resolveXpackSource({ version: VERSION, url: 'https://mirror.example/o.tar.gz' }, PLATFORM),
    ).toThrow(/must be given together/)
    expect(() =>
      resolveXpackSource(
        { version: VERSION, url: 'https://mirror.example/o.tar.gz', sha256: 'abc' },
        PLATFORM,
      ),
    ).toThrow(/64 hex digits/)
    await expect(provisionOpenOcd({ kind: 'xpack', version: '0.12.x' })).rejects.toThrow(
      /exact version/,
    )
  })
})
