// The state file keeps a virtual board's non-volatile memories (flash,
// option bytes, OTP) across runs: one JSON header line naming the part and
// the regions, then the regions' raw bytes in that order.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { NonVolatileRegion } from './flash/flash-controller.js'

const FORMAT = 'openocd-flash virtual target state'
const VERSION = 1

interface Header {
  format: string
  version: number
  part: string
  regions: { name: string; size: number }[]
}

/** A state file that exists but cannot be used: the user's input, not the lab's fault. */
export class StateFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StateFileError'
  }
}

/**
 * Loads `path` into `regions`. Returns false if the file does not exist;
 * throws a StateFileError with a one-line message if it cannot be used.
 */
export function loadState(
  path: string,
  part: string,
  regions: readonly NonVolatileRegion[],
): boolean {
  let data: Buffer
  try {
    data = readFileSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw new StateFileError(`cannot read state file ${path}: ${(error as Error).message}`, {
      cause: error,
    })
  }
  const newline = data.indexOf(0x0a)
  const header = newline < 0 ? undefined : parseHeader(data.subarray(0, newline).toString('utf8'))
  if (!header) throw new StateFileError(`${path} is not a virtual target state file`)
  if (header.part !== part) {
    throw new StateFileError(
      `state file ${path} holds a ${header.part}, not a ${part} (check --chip and --flash-size)`,
    )
  }
  const expected = regions.map((r) => `${r.name}:${r.bytes.length}`).join(',')
  const found = header.regions.map((r) => `${r.name}:${r.size}`).join(',')
  const total = header.regions.reduce((sum, r) => sum + r.size, 0)
  if (expected !== found || data.length - newline - 1 !== total) {
    throw new StateFileError(
      `state file ${path} is damaged or from another version (regions ${found}, expected ${expected})`,
    )
  }
  let offset = newline + 1
  for (const region of regions) {
    data.copy(region.bytes, 0, offset, offset + region.bytes.length)
    offset += region.bytes.length
  }
  return true
}

/** Writes the regions to `path`, through a temporary file so a crash never leaves half a state. */
export function saveState(path: string, part: string, regions: readonly NonVolatileRegion[]): void {
  const header: Header = {
    format: FORMAT,
    version: VERSION,
    part,
    regions: regions.map((r) => ({ name: r.name, size: r.bytes.length })),
  }
  const temporary = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(
      temporary,
      Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...regions.map((r) => r.bytes)]),
    )
    renameSync(temporary, path)
  } catch (error) {
    throw new Error(`cannot save state file ${path}: ${(error as Error).message}`, {
      cause: error,
    })
  }
}

function parseHeader(line: string): Header | undefined {
  try {
    const header = JSON.parse(line) as Partial<Header>
    if (header.format !== FORMAT || header.version !== VERSION || typeof header.part !== 'string')
      return undefined
    if (!Array.isArray(header.regions)) return undefined
    return header as Header
  } catch {
    return undefined
  }
}
