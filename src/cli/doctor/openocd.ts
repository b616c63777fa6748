// Doctor: is there an OpenOCD, and which version does it say it is?
import { findOpenOcdOnPath, readOpenOcdVersion } from '../../openocd/binary.js'
import { fail, ok, warn, type Check } from './check.js'

const SUBJECT = 'openocd'

export async function checkOpenOcd(binary: string | undefined): Promise<Check> {
  const path = binary ?? (await findOpenOcdOnPath())
  if (path === undefined)
    return fail(
      SUBJECT,
      'not found on PATH: install it (apt-get install openocd, or the xPack build) or pass --openocd PATH',
    )
  let line: string
  try {
    line = await readOpenOcdVersion(path)
  } catch (err) {
    const cause = (err as Error).cause as Error | undefined
    return fail(SUBJECT, `cannot run ${path}: ${cause?.message ?? (err as Error).message}`)
  }
  const version = /\b(\d+)\.(\d+)\.(\d+)/.exec(line)
  if (!version) return warn(SUBJECT, `${path}: cannot read a version from "${line}"`)
  // `adapter serial`, which selects the probe of a board, is new in 0.12.
  const [major, minor] = [Number(version[1]), Number(version[2])]
  if (major === 0 && minor < 12)
    return warn(
      SUBJECT,
      `${path}: ${line}; boards with a serial need 0.12 or later (adapter serial)`,
    )
  return ok(SUBJECT, `${path}: ${line}`)
}
