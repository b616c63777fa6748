// The xPack OpenOCD releases this action trusts. The SHA-256 of every archive is
// committed here (the same values as the `xpack.binaries` block of the npm
// package @xpack-dev-tools/openocd), so a download is checked against source,
// never against a checksum fetched from the same place as the archive.
import { ProvisionError } from './errors.js'

export const DEFAULT_OPENOCD_VERSION = '0.12.0-7'
export const XPACK_RELEASES_URL =
  'https://github.com/xpack-dev-tools/openocd-xpack/releases/download'

export interface XpackAsset {
  fileName: string
  sha256: string
}

/** version → `${process.platform}-${process.arch}` → asset. */
export type PinTable = Readonly<Record<string, Readonly<Record<string, XpackAsset>>>>

export const XPACK_PINS: PinTable = {
  '0.12.0-7': {
    'linux-x64': {
      fileName: 'xpack-openocd-0.12.0-7-linux-x64.tar.gz',
      sha256: '94b3790983beaf8ed57e646c0620dd66d705fddae03d290823a6ed3b439468d6',
    },
    'linux-arm64': {
      fileName: 'xpack-openocd-0.12.0-7-linux-arm64.tar.gz',
      sha256: 'db73a3ab91c556ecec2405a7e02d404b11139df6aba1031cad94a7e6766d06cc',
    },
    'darwin-x64': {
      fileName: 'xpack-openocd-0.12.0-7-darwin-x64.tar.gz',
      sha256: '668ad25350103a4357e11629ec833eae5982e973889ce25bad0c2963e37fa8bf',
    },
    'darwin-arm64': {
      fileName: 'xpack-openocd-0.12.0-7-darwin-arm64.tar.gz',
      sha256: '667342c086984f3e5a55b4e0d5f711add13fb04de040fca493303000e6c19327',
    },
    'win32-x64': {
      fileName: 'xpack-openocd-0.12.0-7-win32-x64.zip',
      sha256: '6bfd3c97135aafef8affc9af1acf34fd0e2b9ca26044506f6abd7f95b7630052',
    },
  },
}

export interface XpackSourceRequest {
  version: string
  /** A mirror or vendor build; needs `sha256` too. */
  url?: string
  sha256?: string
  /** Replaces XPACK_RELEASES_URL, keeping the `v{version}/{fileName}` tail. */
  baseUrl?: string
}

export interface XpackSource {
  url: string
  sha256: string
}

const SHA256 = /^[0-9a-f]{64}$/

const EXPLICIT_HINT =
  'or give openocd-url and openocd-sha256 together for a mirror or a vendor build'

export function currentPlatform(): string {
  return `${process.platform}-${process.arch}`
}

/** Where to download the archive for this platform and which SHA-256 it must have. */
export function resolveXpackSource(
  request: XpackSourceRequest,
  platform: string,
  pins: PinTable = XPACK_PINS,
): XpackSource {
  const { version, url, sha256 } = request
  if (url !== undefined || sha256 !== undefined) {
    if (url === undefined || sha256 === undefined) {
      throw new ProvisionError(
        'openocd-url and openocd-sha256 must be given together: an OpenOCD build is only run after its SHA-256 matched.',
      )
    }
    const digest = sha256.toLowerCase()
    if (!SHA256.test(digest)) {
      throw new ProvisionError(`openocd-sha256 must be 64 hex digits, got "${sha256}".`)
    }
    return { url, sha256: digest }
  }
  const release = pins[version]
  if (release === undefined) {
    throw new ProvisionError(
      `xPack OpenOCD ${version} is not pinned by this action (pinned: ${Object.keys(pins).join(', ')}). ` +
        `Choose a pinned openocd-version, ${EXPLICIT_HINT}.`,
    )
  }
  const asset = release[platform]
  if (asset === undefined) {
    throw new ProvisionError(
      `xPack OpenOCD ${version} has no pinned build for ${platform} (pinned: ${Object.keys(release).join(', ')}). ` +
        `Use openocd-path or system for an installed OpenOCD, ${EXPLICIT_HINT}.`,
    )
  }
  const base = request.baseUrl ?? XPACK_RELEASES_URL
  return { url: `${base.replace(/\/+$/, '')}/v${version}/${asset.fileName}`, sha256: asset.sha256 }
}
