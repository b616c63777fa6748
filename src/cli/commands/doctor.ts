// openocd-flash doctor: checks what a runner host needs (OpenOCD, the
// inventory, the lock folder, USB access, with --probe the probes themselves)
// and prints one line per check.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { absentMessage, checkInventory, type InventoryCheck } from '../inventory-check.js'
import { formatCheck, ok, warn, type Check } from '../doctor/check.js'
import { inventoryChecks } from '../doctor/inventory.js'
import { checkLockDir } from '../doctor/lock-dir.js'
import { checkOpenOcd } from '../doctor/openocd.js'
import { powerCycleChecks } from '../doctor/power-cycle.js'
import { checkProbe } from '../doctor/probe.js'
import { usbChecks } from '../doctor/usb.js'
import { commandOptions } from '../command-options.js'
import { lockHolder } from '../lock-holder.js'
import { ExitCode } from '../../exit-codes.js'

const HELP = `usage: openocd-flash doctor [options]

Checks this runner host: OpenOCD found, its build and its known faults for
the inventory's boards, the board inventory, the programs its power-cycle
commands run, the probe lock folder, USB access hints (Linux), and with --probe whether
OpenOCD finds each board's probe and target. One line per check: ok, warn
or fail.

options:
  --inventory FILE   board inventory (default: $OPENOCD_FLASH_INVENTORY, /etc/openocd-flash/boards.yml)
  --openocd PATH     the OpenOCD binary (default: openocd on PATH)
  --lock-dir DIR     probe lock folder (default: $OPENOCD_FLASH_LOCK_DIR, /var/lock/openocd-flash)
  --probe            start OpenOCD for each board with a probe (boards another job holds are skipped)

exit codes: 0 no failures, 2 invalid inventory or options, 3 a check failed.`

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  inventory: { type: 'string' },
  openocd: { type: 'string' },
  'lock-dir': { type: 'string' },
  probe: { type: 'boolean', default: false },
} as const

const PROBE_TIMEOUT_MS = 10_000

export default async function doctor(argv: string[]): Promise<number> {
  const parsed = commandOptions('doctor', argv, OPTIONS, HELP)
  if (typeof parsed === 'number') return parsed
  const { values } = parsed

  const checks: Check[] = []
  const report = (c: Check) => {
    checks.push(c)
    console.log(formatCheck(c))
  }
  const inventory = checkInventory(values.inventory, process.env)
  const boards = inventory.kind === 'valid' ? [...inventory.inventory.boards.values()] : []
  ;(await checkOpenOcd(values.openocd, boards)).forEach(report)
  inventoryChecks(inventory).forEach(report)
  powerCycleChecks(boards).forEach(report)
  report(checkLockDir(values['lock-dir'], process.env))
  if (process.platform === 'linux' && mayUseUsb(inventory)) usbChecks().forEach(report)
  if (values.probe) await probeChecks(inventory, values, report)

  const count = (s: Check['status']) => checks.filter((c) => c.status === s).length
  console.log(`doctor: ${count('ok')} ok, ${count('warn')} warnings, ${count('fail')} failures`)
  if (inventory.kind === 'invalid') return ExitCode.InvalidInput
  return count('fail') > 0 ? ExitCode.Infrastructure : ExitCode.Success
}

// USB hints are noise on a host whose inventory lists only virtual boards.
function mayUseUsb(inventory: InventoryCheck): boolean {
  return (
    inventory.kind !== 'valid' || [...inventory.inventory.boards.values()].some((b) => !b.virtual)
  )
}

async function probeChecks(
  inventory: InventoryCheck,
  options: { openocd?: string; 'lock-dir'?: string },
  report: (c: Check) => void,
): Promise<void> {
  if (inventory.kind !== 'valid') {
    const why =
      inventory.kind === 'absent' ? absentMessage(inventory.location) : 'the inventory is invalid'
    return report(warn('probes', `not probed: ${why}`))
  }
  const boards = [...inventory.inventory.boards.values()].filter((b) => !b.virtual)
  if (boards.length === 0) return report(ok('probes', 'the inventory lists no board with a probe'))
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'openocd-flash-doctor-'))
  try {
    // One at a time: boards may share a probe, and each takes its lock.
    for (const board of boards) {
      report(
        await checkProbe(board, {
          binary: options.openocd,
          lockDir: options['lock-dir'],
          logDir,
          timeoutMs: PROBE_TIMEOUT_MS,
          description: lockHolder('doctor --probe'),
        }),
      )
    }
  } finally {
    rmSync(logDir, { recursive: true, force: true })
  }
}
