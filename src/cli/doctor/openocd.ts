// Doctor: is there an OpenOCD, which build is it, and does it fit the boards
// of the inventory (known hazards of the build, ST-Link transports)?
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { findOpenOcdOnPath, findScriptsDir, readOpenOcdVersion } from '../../openocd/binary.js'
import type { BoardSpec } from '../../board/spec.js'
import { buildHazards, describeBuild, parseOpenOcdBanner } from '../../openocd/build.js'
import { fail, ok, warn, type Check } from './check.js'

const SUBJECT = 'openocd'

/** The boards doctor knows of, for the checks that depend on them. */
type Boards = ReadonlyArray<Pick<BoardSpec, 'name' | 'interface' | 'target' | 'transport'>>

export async function checkOpenOcd(
  binary: string | undefined,
  boards: Boards = [],
): Promise<Check[]> {
  const path = binary ?? (await findOpenOcdOnPath())
  if (path === undefined)
    return [
      fail(
        SUBJECT,
        'not found on PATH: install it (apt-get install openocd, or the xPack build) or pass --openocd PATH',
      ),
    ]
  let line: string
  try {
    line = await readOpenOcdVersion(path)
  } catch (err) {
    const cause = (err as Error).cause as Error | undefined
    return [fail(SUBJECT, `cannot run ${path}: ${cause?.message ?? (err as Error).message}`)]
  }
  const build = parseOpenOcdBanner(line)
  if (!build) return [warn(SUBJECT, `${path}: cannot read a version from "${line}"`)]
  const checks: Check[] = []
  // `adapter serial`, which selects the probe of a board, is new in 0.12.
  const [major, minor] = build.version.split('.').map(Number)
  if (major === 0 && minor < 12)
    checks.push(
      warn(SUBJECT, `${path}: ${line}; boards with a serial need 0.12 or later (adapter serial)`),
    )
  else checks.push(ok(SUBJECT, `${path}: ${line} (${describeBuild(build)})`))

  for (const { hazard, status } of buildHazards(build)) {
    const affected = boards.filter((b) => b.target.some((t) => hazard.targets.test(t)))
    if (affected.length === 0) continue
    const has = status === 'present' ? 'has a known fault' : 'may have a known fault'
    checks.push(
      warn(
        SUBJECT,
        `this build ${has} for ${names(affected)}: ${hazard.summary}; fixed upstream by ${hazard.fixedBy.commit} (${hazard.fixedBy.date}): do not use 'protect' with it`,
      ),
    )
  }
  const hla = await hlaStlinkProblem(path, boards)
  if (hla) checks.push(hla)
  return checks
}

// Upstream 34ec5536c (after 0.12.0) made interface/stlink.cfg select the
// dap-direct `st-link` driver; the HLA transports then fail with "Debug
// adapter doesn't support 'hla_swd' transport".
async function hlaStlinkProblem(binary: string, boards: Boards): Promise<Check | undefined> {
  const affected = boards.filter(
    (b) => b.transport?.startsWith('hla_') && b.interface.includes('interface/stlink.cfg'),
  )
  if (affected.length === 0) return undefined
  const scripts = await findScriptsDir(binary).catch(() => undefined)
  if (!scripts) return undefined
  const stlink = await readFile(join(scripts, 'interface', 'stlink.cfg'), 'utf8').catch(() => '')
  if (!/^\s*adapter driver st-link\b/m.test(stlink)) return undefined
  return warn(
    SUBJECT,
    `${names(affected)}: this OpenOCD's interface/stlink.cfg uses the st-link (dap-direct) driver, so transport hla_swd/hla_jtag fails: use transport swd (or jtag), or interface/stlink-hla.cfg to keep HLA`,
  )
}

function names(boards: Boards): string {
  const list = boards.map((b) => b.name)
  return `board${list.length > 1 ? 's' : ''} ${list.join(', ')}`
}
