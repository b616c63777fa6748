// Readout protection (RDP) of the flash drivers that have it: read from the
// option registers, because a locked chip still answers `flash banks` and
// `flash info` (they read the ID, size and write-protection registers) and
// fails only later, at the first read of flash, with a bare "Failed to read
// memory" that says nothing about why.
import type { Session } from './session.js'
import { tclCommand } from './tcl.js'

export interface ReadoutProtection {
  driver: string
  /** How the chip's reference manual names the state, e.g. `RDP level 1`. */
  level: string
  /** Level 2 of the F2/F4: no debugger can ever clear it. */
  permanent: boolean
  /** The driver's unlock command: clears RDP by mass-erasing flash. */
  unlock: string
}

interface DriverRdp {
  /** The option register that reflects RDP as loaded at the last reset. */
  register: number
  /** The RDP state from the register, or undefined when not protected. */
  decode(value: number): string | undefined
}

const DRIVERS: Record<string, DriverRdp> = {
  // RM0008 §3.7: FLASH_OBR bit 1, RDPRT.
  stm32f1x: {
    register: 0x4002201c,
    decode: (v) => (v & 0b10 ? 'RDPRT set in FLASH_OBR' : undefined),
  },
  // RM0090 §3.9.10: FLASH_OPTCR bits 15:8; 0xAA is level 0, 0xCC level 2 (permanent).
  stm32f2x: {
    register: 0x40023c14,
    decode: (v) => {
      const rdp = (v >>> 8) & 0xff
      if (rdp === 0xaa) return undefined
      return rdp === 0xcc ? 'RDP level 2 (permanent)' : 'RDP level 1'
    },
  },
}

// Main flash, which RDP protects and the unlock erases (OTP and option bytes lie elsewhere).
const MAIN_FLASH = { base: 0x08000000, end: 0x10000000 }

/** Whether the unlock's mass erase erases bank `bank`. */
export function massErased(bank: { base: number }): boolean {
  return bank.base >= MAIN_FLASH.base && bank.base < MAIN_FLASH.end
}

/** Whether `driver` is one whose readout protection this tool can read and clear. */
export function knowsReadoutProtection(driver: string): boolean {
  return Object.hasOwn(DRIVERS, driver)
}

/** The readout protection of flash bank `bank` (driver `driver`); undefined when none applies. */
export async function readoutProtection(
  session: Session,
  bank: { index: number; driver: string },
): Promise<ReadoutProtection | undefined> {
  const rdp = Object.hasOwn(DRIVERS, bank.driver) ? DRIVERS[bank.driver] : undefined
  if (!rdp) return undefined
  const [value] = await session.target.readMemory(rdp.register, 32, 1)
  const level = rdp.decode(Number(value))
  if (level === undefined) return undefined
  return {
    driver: bank.driver,
    level,
    permanent: level.includes('permanent'),
    unlock: tclCommand(`${bank.driver} unlock`, bank.index),
  }
}

/** What a locked chip means and how to recover, for the refusal of a plan. */
export function describeLocked(rdp: ReadoutProtection): string {
  if (rdp.permanent)
    return `the chip is permanently read-protected (${rdp.driver}: ${rdp.level}): the debug port is disabled for good; no tool can read, erase or reprogram it`
  return (
    `the chip is read-protected (${rdp.driver}: ${rdp.level}): the debugger cannot read its flash, ` +
    'so no backup is possible and every read, verify and incremental write would fail. ' +
    "Recovering clears the protection by mass-erasing the whole chip (its firmware is lost): add an 'unlock' step " +
    "as the first step and set 'allow-mass-erase: true' at the top of the step file"
  )
}
