// The parts the virtual target can be, looked up by chip name and flash size.
import { VIRTUAL_CHIPS, type VirtualChip } from '../../board/spec.js'
import { flashSizeOf, type ChipDescription } from './description.js'
import { STM32F103C8, STM32F103CB } from './stm32f103.js'
import { STM32F407VG } from './stm32f407.js'
import { STM32G431KB } from './stm32g431.js'
import { STM32H7A3XI } from './stm32h7a3.js'

export type { ChipDescription } from './description.js'

/** For each chip, its parts; the first is the default. */
const PARTS: Record<VirtualChip, readonly ChipDescription[]> = {
  stm32f103: [STM32F103C8, STM32F103CB],
  stm32f407: [STM32F407VG],
  stm32g431: [STM32G431KB],
  stm32h7a3: [STM32H7A3XI],
}

function kib(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`
}

/** Throws an Error with a one-line message for an unknown chip or flash size. */
export function describeChip(chip: string, flashSize?: number): ChipDescription {
  if (!(VIRTUAL_CHIPS as readonly string[]).includes(chip)) {
    throw new Error(`unknown chip "${chip}" (expected ${VIRTUAL_CHIPS.join(' or ')})`)
  }
  const parts = PARTS[chip as VirtualChip]
  if (flashSize === undefined) return parts[0]
  const part = parts.find((p) => flashSizeOf(p) === flashSize)
  if (!part) {
    const sizes = parts.map((p) => kib(flashSizeOf(p))).join(' or ')
    throw new Error(`${chip} has ${sizes} of flash, not ${kib(flashSize)}`)
  }
  return part
}
