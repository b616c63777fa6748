// The flash controller's own word for a failure: the error bits of its status
// register. OpenOCD's drivers clear those bits before they fail, and most say
// only "failed erasing sectors"; the value survives in what they log: at
// debug level, every status read of an erase; at error level, the status a
// flash loader returned, or (stm32f1x) a sentence per bit.
import { hex32 } from '../report/format.js'

interface DriverStatus {
  /** Log lines that carry a status register value (its hex digits in group 1). */
  readonly lines: readonly RegExp[]
  /** Error lines that stand for one error bit, without the register's value. */
  readonly sentences?: readonly (readonly [RegExp, number])[]
  /** Error bits: bit number, the reference manual's name, what it means. */
  readonly errors: readonly (readonly [number, string, string])[]
}

// The F1, F2/F4 and L4/G4 drivers log each status read in their
// wait_status_busy at debug level.
const statusRead = (file: string) =>
  new RegExp(`${file}\\.c:\\d+ \\w+_wait_status_busy\\(\\): status: 0x([0-9a-f]+)`, 'u')

const DRIVERS: Readonly<Record<string, DriverStatus>> = {
  // RM0008 §3.4.2 FLASH_SR; a failed write says which bit its wait_status_busy saw.
  stm32f1x: {
    lines: [statusRead('stm32f1x')],
    sentences: [
      [/stm32x device programming failed \/ flash not erased/u, 2],
      [/stm32x device protected/u, 4],
    ],
    errors: [
      [2, 'PGERR', 'programming error'],
      [4, 'WRPRTERR', 'write protection error'],
    ],
  },
  // RM0090 §3.9.5 FLASH_SR; the loader's failure: "flash write failed = 0x00000010".
  stm32f2x: {
    lines: [statusRead('stm32f2x'), /flash write failed = 0x([0-9a-f]{8})/u],
    errors: [
      [1, 'OPERR', 'operation error'],
      [4, 'WRPERR', 'write protection error'],
      [5, 'PGAERR', 'programming alignment error'],
      [6, 'PGPERR', 'programming parallelism error'],
      [7, 'PGSERR', 'programming sequence error'],
    ],
  },
  // RM0440 §3.7.4 FLASH_SR; the loader's failure: "flash write failed = 00000008".
  stm32l4x: {
    lines: [statusRead('stm32l4x'), /flash write failed = ([0-9a-f]{8})/u],
    errors: [
      [1, 'OPERR', 'operation error'],
      [3, 'PROGERR', 'programming error'],
      [4, 'WRPERR', 'write protection error'],
      [5, 'PGAERR', 'programming alignment error'],
      [6, 'SIZERR', 'size error'],
      [7, 'PGSERR', 'programming sequence error'],
      [8, 'MISERR', 'fast programming data miss error'],
      [9, 'FASTERR', 'fast programming error'],
      [14, 'RDERR', 'PCROP read error'],
      [15, 'OPTVERR', 'option validity error'],
    ],
  },
  // RM0455 §4.9.5 FLASH_SR1/SR2: the driver polls them without logging the
  // value, but the target layer logs each read; the loader's failure:
  // "flash write failed, FLASH_SR = 0x00410000".
  stm32h7x: {
    lines: [
      /target_read_u32\(\): address: 0x52002[01]10, value: 0x([0-9a-f]+)/u,
      /flash write failed, FLASH_SR = 0x([0-9a-f]+)/u,
    ],
    errors: [
      [17, 'WRPERR', 'write protection error'],
      [18, 'PGSERR', 'programming sequence error'],
      [19, 'STRBERR', 'strobe error'],
      [21, 'INCERR', 'inconsistency error'],
      [22, 'OPERR', 'operation error'],
      [23, 'RDPERR', 'read protection error'],
      [24, 'RDSERR', 'secure protection error'],
      [25, 'SNECCERR', 'single ECC error'],
      [26, 'DBECCERR', 'double ECC error'],
    ],
  },
}

/** Whether the status register of `driver`'s controller can be read from its log. */
export function knowsControllerStatus(driver: string): boolean {
  return Object.hasOwn(DRIVERS, driver)
}

/**
 * The last status with an error bit among `lines`, named: `flash controller
 * status 0x00000002: OPERR (operation error)`, or without the value where the
 * driver logged only a sentence for the bit; undefined when none shows one.
 */
export function controllerStatus(driver: string, lines: readonly string[]): string | undefined {
  if (!knowsControllerStatus(driver)) return undefined
  const { lines: patterns, sentences = [], errors } = DRIVERS[driver]
  const named = (value: number) =>
    errors
      .filter(([bit]) => (value >>> bit) & 1)
      .map(([, name, what]) => `${name} (${what})`)
      .join(', ')
  const latest = [...lines].reverse()
  for (const line of latest) {
    const match = patterns.map((p) => p.exec(line)).find((m) => m !== null)
    const value = match ? parseInt(match[1], 16) : 0
    if (named(value)) return `flash controller status ${hex32(value)}: ${named(value)}`
  }
  // Only where no line shows the register's value.
  for (const line of latest) {
    const sentence = sentences.find(([pattern]) => pattern.test(line))
    if (sentence) return `flash controller status: ${named(1 << sentence[1])}`
  }
  return undefined
}
