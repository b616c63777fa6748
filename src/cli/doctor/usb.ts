// Doctor, Linux only: hints on why OpenOCD might not open a USB probe. They
// are hints, never failures: a probe check with --probe asks OpenOCD itself.
import { constants, accessSync, existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { ok, warn, type Check } from './check.js'

const USB_DEVICES = '/dev/bus/usb'
const RULES_DIRS = ['/etc/udev/rules.d', '/usr/lib/udev/rules.d', '/lib/udev/rules.d']
// The group OpenOCD's own udev rules (60-openocd.rules) give probes to.
const RULES_GROUP = 'plugdev'

export function usbChecks(): Check[] {
  return [usbDevices(), udevRules()]
}

function usbDevices(): Check {
  if (!existsSync(USB_DEVICES))
    return warn(
      'usb',
      `no ${USB_DEVICES}: this system sees no USB devices (in a container, pass them in, e.g. --device ${USB_DEVICES})`,
    )
  const devices = readdirSync(USB_DEVICES).flatMap((bus) =>
    listDir(path.join(USB_DEVICES, bus)).map((d) => path.join(USB_DEVICES, bus, d)),
  )
  const closed = devices.filter((d) => !canReadWrite(d))
  if (closed.length === 0)
    return ok('usb', `${devices.length} USB devices, all readable and writable by this user`)
  return warn(
    'usb',
    `${closed.length} of ${devices.length} USB devices are not readable and writable by this user ` +
      `(e.g. ${closed[0]}); OpenOCD cannot open a probe among them: see the udev rules`,
  )
}

function udevRules(): Check {
  const dirs = [...new Set(RULES_DIRS.filter(existsSync).map((d) => realpathSync(d)))]
  const rules = dirs.flatMap((d) =>
    listDir(d)
      .filter((f) => /openocd/i.test(f))
      .map((f) => path.join(d, f)),
  )
  if (rules.length === 0)
    return warn(
      'udev',
      `no OpenOCD udev rules in ${RULES_DIRS.join(', ')}: copy OpenOCD's contrib/60-openocd.rules ` +
        'to /etc/udev/rules.d, run udevadm control --reload and udevadm trigger, then replug the probes',
    )
  if (!inRulesGroup())
    return warn(
      'udev',
      `${rules.join(', ')} present, but this user is not in group ${RULES_GROUP}, ` +
        `which those rules give the probes to: usermod -aG ${RULES_GROUP} <runner user>, then restart the runner`,
    )
  return ok('udev', `${rules.join(', ')} present`)
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

function canReadWrite(file: string): boolean {
  try {
    accessSync(file, constants.R_OK | constants.W_OK)
    return true
  } catch {
    return false
  }
}

function inRulesGroup(): boolean {
  if (process.getuid?.() === 0) return true
  let groups = ''
  try {
    groups = readFileSync('/etc/group', 'utf8')
  } catch {
    // No group file: then no such group either.
  }
  const line = groups.split('\n').find((l) => l.startsWith(`${RULES_GROUP}:`))
  const gid = line === undefined ? NaN : Number(line.split(':')[2])
  return process.getgroups?.().includes(gid) ?? false
}
