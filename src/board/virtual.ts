// Virtual boards: the `virtual:<chip>[:<size>]` reference and the flash sizes
// each simulated chip comes in. Shared by the inventory schema and refs so
// both accept and reject the same things.
import { parseSize } from '../util/units.js'
import { VIRTUAL_CHIPS, type BoardSpec, type VirtualChip } from './spec.js'

const KiB = 1024

/** Flash sizes the simulator models per chip; the first is the default. */
const VIRTUAL_FLASH_SIZES: Record<VirtualChip, readonly number[]> = {
  stm32f103: [64 * KiB, 128 * KiB],
  stm32f407: [1024 * KiB],
  stm32g431: [128 * KiB],
  stm32h7a3: [2048 * KiB],
}

export const VIRTUAL_PREFIX = 'virtual:'

/** Thrown for a board reference that cannot be resolved; the message is for the user. */
export class BoardError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BoardError'
  }
}

/** Why `text` cannot name a probe, file or transport: control characters. */
export function controlCharacterProblem(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(text) ? 'must not contain control characters' : undefined
}

function isVirtualChip(chip: string): chip is VirtualChip {
  return (VIRTUAL_CHIPS as readonly string[]).includes(chip)
}

export function formatSize(bytes: number): string {
  if (bytes % (KiB * KiB) === 0) return `${bytes / (KiB * KiB)}M`
  return bytes % KiB === 0 ? `${bytes / KiB}K` : String(bytes)
}

/** Why `bytes` is not a flash size of `chip`, or undefined when it is one. */
export function flashSizeProblem(chip: VirtualChip, bytes: number): string | undefined {
  const sizes = VIRTUAL_FLASH_SIZES[chip]
  if (sizes.includes(bytes)) return undefined
  return `${chip} has ${sizes.map(formatSize).join(' or ')} of flash, not ${formatSize(bytes)}`
}

/**
 * `virtual:stm32f103` or `virtual:stm32f103:128K` → a virtual BoardSpec, no
 * inventory needed. Undefined when `ref` is not a virtual reference.
 */
export function parseVirtualRef(ref: string): BoardSpec | undefined {
  if (!ref.startsWith(VIRTUAL_PREFIX)) return undefined
  const [chip = '', size, ...rest] = ref.slice(VIRTUAL_PREFIX.length).split(':')
  const usage = `use virtual:<chip>[:<flash size>] with chip ${VIRTUAL_CHIPS.join(' or ')}`
  if (!isVirtualChip(chip))
    throw new BoardError(`unknown virtual chip '${chip}' in '${ref}': ${usage}`)
  if (rest.length > 0) throw new BoardError(`invalid virtual board '${ref}': ${usage}`)
  let flashSize: number | undefined
  if (size !== undefined) {
    flashSize = parseSize(size)
    const problem =
      flashSize === undefined
        ? `'${size}' is not a size such as 64K`
        : flashSizeProblem(chip, flashSize)
    if (problem) throw new BoardError(`invalid virtual board '${ref}': ${problem}`)
  }
  return {
    name: ref,
    interface: [],
    target: [],
    config: [],
    commands: [],
    searchDirs: [],
    labels: [],
    virtual: { chip, flashSize, faults: [] },
  }
}
