// Which OpenOCD build a binary is, read from its banner (`openocd --version`
// or the `version` command), and what is known to be wrong with it.
//
// Banners seen:
//   Open On-Chip Debugger 0.12.0                                        (Debian, release)
//   xPack Open On-Chip Debugger 0.12.0+dev-02228-ge5888bda3-dirty (2025-10-04-22:44)
//   Open On-Chip Debugger 0.12.0+dev-02228-ge5888bda3 (2026-12-01-20:22)   (scripts/build-openocd.sh)
// The `+dev-N-gHASH` suffix is `git describe` of the build's source tree: N
// counts from the nearest annotated tag (v0.11.0 here, 2228 commits; v0.12.0
// is 1224 back), so only the hash names the source.

export interface OpenOcdBuild {
  /** The banner line as printed. */
  banner: string
  /** The release the build is, or builds on: `0.12.0`. */
  version: string
  /** For a development build: the abbreviated upstream commit. */
  commit?: string
  /** For a development build: commits after the tag `git describe` found. */
  devCommits?: number
  /** Built from a tree with local changes (`-dirty`). */
  dirty: boolean
  /** Who packaged it, when the banner says (`xPack`). */
  distributor?: string
  /** Build date from the banner, `YYYY-MM-DD`. */
  builtOn?: string
}

const BANNER =
  /^(?:(\S+) )?Open On-Chip Debugger (\d+\.\d+\.\d+)(\+dev)?(?:-(\d+)-g([0-9a-f]{7,40}))?(-dirty)?(?: \((\d{4}-\d{2}-\d{2})[^)]*\))?/

export function parseOpenOcdBanner(text: string): OpenOcdBuild | undefined {
  const banner =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  const m = BANNER.exec(banner)
  if (!m) return undefined
  const [, distributor, version, dev, count, commit, dirty, builtOn] = m
  const build: OpenOcdBuild = { banner, version, dirty: dirty !== undefined }
  if (distributor !== undefined) build.distributor = distributor
  if (dev !== undefined && commit !== undefined) {
    build.commit = commit
    build.devCommits = Number(count)
  } else if (dev !== undefined) {
    build.devCommits = 0 // `+dev` without describe: some unknown commit after the release
  }
  if (builtOn !== undefined) build.builtOn = builtOn
  return build
}

/** One line: `0.12.0 release` or `0.12.0+dev at upstream e5888bda3 (xPack, local changes)`. */
export function describeBuild(build: OpenOcdBuild): string {
  const source = knownCommit(build)?.source
  const notes = [
    build.distributor,
    source && `as in ${source}`,
    build.dirty ? 'local changes' : undefined,
  ].filter(Boolean)
  const extra = notes.length ? ` (${notes.join(', ')})` : ''
  if (build.devCommits === undefined) return `${build.version} release${extra}`
  const at = build.commit ? ` at upstream ${build.commit}` : ' at an unknown commit'
  return `${build.version}+dev${at}${extra}`
}

/** describeBuild of a banner, or undefined when it is not OpenOCD's. */
export function describeBanner(text: string): string | undefined {
  const build = parseOpenOcdBanner(text)
  return build && describeBuild(build)
}

/** A fault of some OpenOCD builds that can hurt a board, fixed upstream by `fixedBy`. */
export interface BuildHazard {
  id: string
  /** Target configs of the parts it concerns. */
  targets: RegExp
  summary: string
  fixedBy: { commit: string; date: string }
}

export const HAZARDS: readonly BuildHazard[] = [
  {
    id: 'stm32u5-permanent-wrp',
    targets: /stm32u5/i,
    summary:
      "'flash protect' on STM32U5 writes WRPxyR with UNLOCK=0, which makes the write protection permanent (no way to unprotect)",
    fixedBy: { commit: 'cbc32c383', date: '2025-07-06' },
  },
]

// Development builds whose upstream commit we know, with the fixes of HAZARDS
// it contains (checked with `git merge-base --is-ancestor FIX COMMIT`).
// Extend when the action's default build changes.
const KNOWN_COMMITS: ReadonlyArray<{ commit: string; source: string; fixes: readonly string[] }> = [
  { commit: 'e5888bda3', source: 'xPack 0.12.0-7', fixes: ['cbc32c383'] },
]

export type HazardStatus = 'present' | 'unknown'

/** The hazards this build has, or may have when its source date cannot be told. */
export function buildHazards(
  build: OpenOcdBuild,
): Array<{ hazard: BuildHazard; status: HazardStatus }> {
  const found: Array<{ hazard: BuildHazard; status: HazardStatus }> = []
  for (const hazard of HAZARDS) {
    const status = hazardStatus(build, hazard)
    if (status !== 'fixed') found.push({ hazard, status })
  }
  return found
}

function hazardStatus(build: OpenOcdBuild, hazard: BuildHazard): HazardStatus | 'fixed' {
  // Every fix listed landed after 0.12.0; releases up to 0.12.x lack it.
  if (build.devCommits === undefined)
    return compareVersions(build.version, '0.12.0') <= 0 ? 'present' : 'fixed'
  const known = knownCommit(build)
  if (known) return known.fixes.includes(hazard.fixedBy.commit) ? 'fixed' : 'present'
  // A build made before the fix was committed cannot contain it.
  if (build.builtOn !== undefined && build.builtOn < hazard.fixedBy.date) return 'present'
  return 'unknown'
}

function knownCommit(build: OpenOcdBuild) {
  const commit = build.commit
  if (commit === undefined) return undefined
  return KNOWN_COMMITS.find((k) => k.commit.startsWith(commit) || commit.startsWith(k.commit))
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}
