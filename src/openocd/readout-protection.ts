// Readout protection (RDP) of the flash drivers that have it: read from the
// option registers, because a locked chip still answers `flash banks` and
// `flash info` (they read the ID, size and write-protection registers) and
// fails only later, at the first read of flash, with a bare "Failed to read
// memory" that says nothing about why.
import type { Session } from './session.js'
import { TargetError } from './errors.js'
import { tclCommand } from './tcl.js'

export interface ReadoutProtection {
  driver: string
  /** How the chip's reference manual names the state, e.g. `RDP level 1`. */
  level: string
  /** RDP level 2: no debugger can ever clear it. */
  permanent: boolean
  /** The driver's unlock command: clears RDP by mass-erasing flash. */
  unlock: string
}

interface DriverRdp {
  /**
   * The option register that reflects RDP as in force; undefined on a part
   * of the driver whose registers this table does not know.
   */
  register(session: Session): Promise<number | undefined>
  /** The RDP state from the register, or undefined when not protected. */
  decode(value: number): string | undefined
}

/** An RDP byte at `shift`: 0xAA is level 0, 0xCC level 2 (permanent), anything else level 1. */
function rdpByte(shift: number): (value: number) => string | undefined {
  return (value) => {
    const rdp = (value >>> shift) & 0xff
    if (rdp === 0xaa) return undefined
    return rdp === 0xcc ? 'RDP level 2 (permanent)' : 'RDP level 1'
  }
}

const at = (address: number) => () => Promise.resolve(address)

// The stm32l4x driver serves families whose flash registers sit apart
// (OpenOCD 0.12 stm32l4x.c, stm32l4_parts), so FLASH_OPTR is found by DEV_ID.
// L5 and U5 (TrustZone, RDP level 0.5, OPTR at +0x40) are left out.
const L4_FAMILIES = [
  // L4, L4+ (RM0351, RM0432)
  { optr: 0x40022020, devIds: [0x415, 0x435, 0x461, 0x462, 0x464, 0x470, 0x471] },
  // G0 (RM0444)
  { optr: 0x40022020, devIds: [0x456, 0x460, 0x466, 0x467] },
  // G4 (RM0440)
  { optr: 0x40022020, devIds: [0x468, 0x469, 0x479] },
  // WB, WL (RM0434, RM0453)
  { optr: 0x58004020, devIds: [0x494, 0x495, 0x496, 0x497] },
]

// Where the driver looks for DBGMCU_IDCODE, in its order: L4/G4/WB/WL, then G0.
const L4_IDCODES = [0xe0042000, 0x40015800]

/** FLASH_OPTR of the stm32l4x part at hand, from its DEV_ID. */
async function l4Optr(session: Session): Promise<number | undefined> {
  for (const address of L4_IDCODES) {
    // An address that is not there on this family is a bus error, as for the driver.
    const id = await session.target.readMemory(address, 32, 1).then(
      ([value]) => Number(value) & 0xfff,
      (err: unknown) => {
        if (err instanceof TargetError) return undefined
        throw err
      },
    )
    const family = L4_FAMILIES.find((f) => id !== undefined && f.devIds.includes(id))
    if (family) return family.optr
  }
  return undefined
}

const DRIVERS: Record<string, DriverRdp> = {
  // RM0008 §3.7: FLASH_OBR bit 1, RDPRT.
  stm32f1x: {
    register: at(0x4002201c),
    decode: (v) => (v & 0b10 ? 'RDPRT set in FLASH_OBR' : undefined),
  },
  // RM0090 §3.9.10: FLASH_OPTCR bits 15:8.
  stm32f2x: { register: at(0x40023c14), decode: rdpByte(8) },
  // FLASH_OPTR bits 7:0, in force from the next OBL_LAUNCH or power-on (RM0440 §3.4.2;
  // Flash.loadOptionBytes launches it).
  stm32l4x: { register: l4Optr, decode: rdpByte(0) },
  // FLASH_OPTSR_CUR bits 15:8 (RM0455, RM0433, RM0468), in force once OPTSTART completes.
  stm32h7x: { register: at(0x5200201c), decode: rdpByte(8) },
}

// Main flash, which RDP protects and the unlock erases (OTP and option bytes lie elsewhere).
const MAIN_FLASH = { base: 0x08000000, end: 0x10000000 }

/** Whether the unlock's mass erase erases bank `bank`. */
export function massErased(bank: { base: number }): boolean {
  return bank.base >= MAIN_FLASH.base && bank.base < MAIN_FLASH.end
}

/** The drivers whose readout protection this tool can read and clear. */
export const READOUT_PROTECTION_DRIVERS: readonly string[] = Object.keys(DRIVERS)

/** The readout protection of flash bank `bank` (driver `driver`); undefined when none applies. */
export async function readoutProtection(
  session: Session,
  bank: { index: number; driver: string },
): Promise<ReadoutProtection | undefined> {
  const rdp = Object.hasOwn(DRIVERS, bank.driver) ? DRIVERS[bank.driver] : undefined
  if (!rdp) return undefined
  const register = await rdp.register(session)
  if (register === undefined) return undefined
  const [value] = await session.target.readMemory(register, 32, 1)
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
