// Which OpenOCD build a banner names, and which known faults it has.
import { describe, expect, it } from 'vitest'
import { buildHazards, describeBuild, parseOpenOcdBanner } from '../../src/openocd/build.js'

// Banners as printed by `openocd --version`: Debian bookworm's package, the
// xPack 0.12.0-7 binary the action downloads (quoted in issue 16), and
// scripts/build-openocd.sh at e5888bda3.
const DEBIAN = 'Open On-Chip Debugger 0.12.0'
const XPACK = 'xPack Open On-Chip Debugger 0.12.0+dev-02228-ge5888bda3-dirty (2025-10-04-22:44)'
const UPSTREAM = 'Open On-Chip Debugger 0.12.0+dev-02228-ge5888bda3 (2026-12-01-20:22)'

describe('parseOpenOcdBanner', () => {
  it('reads a release', () => {
    const build = parseOpenOcdBanner(`${DEBIAN}\nLicensed under GNU GPL v2\n`)!
    expect(build).toEqual({ banner: DEBIAN, version: '0.12.0', dirty: false })
    expect(describeBuild(build)).toBe('0.12.0 release')
  })

  it('reads the upstream commit of a development build, whoever packaged it', () => {
    const xpack = parseOpenOcdBanner(XPACK)!
    expect(xpack).toMatchObject({
      distributor: 'xPack',
      version: '0.12.0',
      commit: 'e5888bda3',
      devCommits: 2228,
      dirty: true,
      builtOn: '2025-10-04',
    })
    expect(describeBuild(xpack)).toBe(
      '0.12.0+dev at upstream e5888bda3 (xPack, as in xPack 0.12.0-7, local changes)',
    )
    expect(parseOpenOcdBanner(UPSTREAM)).toMatchObject({
      commit: 'e5888bda3',
      devCommits: 2228,
      dirty: false,
      builtOn: '2026-12-01',
    })
  })

  it('returns undefined for something that is not an OpenOCD banner', () => {
    expect(parseOpenOcdBanner('bash: openocd: command not found')).toBeUndefined()
  })
})

describe('buildHazards', () => {
  const ids = (banner: string) =>
    buildHazards(parseOpenOcdBanner(banner)!).map((h) => `${h.hazard.id}:${h.status}`)

  it('knows 0.12.0 writes permanent STM32U5 write protection and e5888bda3 does not', () => {
    expect(ids(DEBIAN)).toEqual(['stm32u5-permanent-wrp:present'])
    expect(ids(XPACK)).toEqual([])
    expect(ids(UPSTREAM)).toEqual([])
  })

  it('judges an unknown commit by its build date, and cannot tell after the fix', () => {
    expect(ids('Open On-Chip Debugger 0.12.0+dev-00900-g0123456789 (2025-01-02-10:00)')).toEqual([
      'stm32u5-permanent-wrp:present',
    ])
    expect(ids('Open On-Chip Debugger 0.12.0+dev-01900-g0123456789 (2025-12-02-10:00)')).toEqual([
      'stm32u5-permanent-wrp:unknown',
    ])
  })
})
