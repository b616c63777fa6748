// Turns OpenOCD's log into a named cause, so that "probe not found" and
// "target not responding" read as such instead of as a wall of log lines.
import { ConnectionError, OpenOcdError, ProcessError, type StartFailure } from './errors.js'

// Patterns cover OpenOCD 0.12.0 and upstream after it (checked against e5888bda3):
// messages moved between Warn/Error and gained "[target]" prefixes, not words.
const RULES: Array<{ failure: StartFailure; pattern: RegExp; hint: string }> = [
  {
    failure: 'transport-not-supported',
    // 0.12.0 logs it as an Error line; later builds return it as the command's result.
    pattern: /Debug adapter doesn't support '([^']+)' transport/,
    hint: 'the adapter does not offer that transport: remote_bitbang SWD needs an OpenOCD after 0.12.0 (use jtag with 0.12.0), and after 0.12.0 interface/stlink.cfg selects the st-link (dap-direct) driver, which takes swd or jtag, not hla_swd/hla_jtag (or use interface/stlink-hla.cfg)',
  },
  {
    failure: 'config-not-found',
    pattern: /Can't find (\S+)|couldn't open (\S+\.cfg)/,
    hint: 'a config file was not found: check the interface/target names and the script search dirs',
  },
  {
    failure: 'port-in-use',
    pattern: /couldn't bind \S+ to socket|Address already in use/,
    hint: 'a server port is already in use',
  },
  {
    failure: 'probe-not-found',
    pattern:
      /open failed|No (?:J-Link|CMSIS-DAP|ST-?Link)[^\n]*found|unable to find a matching CMSIS-DAP device|unable to open ftdi device|no device found|LIBUSB_ERROR_(?:ACCESS|NO_DEVICE|NOT_FOUND)|can't connect to \S+|Couldn't connect socket|remote_bitbang[^\n]*(?:connect|socket)|Error: couldn't open|adapter serial[^\n]*not found|Error on socket '[^']+'/i,
    hint: 'the debug probe was not found or could not be opened: is it plugged in, is the serial right, and may this user open it (udev rules)?',
  },
  {
    failure: 'target-not-responding',
    pattern:
      /examination failed|JTAG scan chain interrogation failed|Error connecting DP|Target not examined|init mode failed|Could not find MEM-AP|Invalid ACK|Wrong parity detected|IR capture error|target \S+ not halted|\[\S+\] (?:target )?not halted|timed out while waiting for target/i,
    hint: 'the probe answered but the target did not: check power, wiring, the transport and the target config',
  },
]

// OpenOCD's remote_bitbang (and any adapter without speed control)
// cannot change the adapter speed after init, so the stock stm32f4x.cfg
// reset-start and reset-init events, which run `adapter speed`, fail with
// these lines on every reset. OpenOCD goes on with the reset: they are no
// cause of anything, and must not be reported as one.
const SPEED_NOT_SUPPORTED = /Translation from khz to adapter speed not implemented/
// 0.12.0: "Error executing event reset-start on target stm32f4x.cpu:";
// later builds: "Error: [stm32f4x.cpu] Execution of event reset-start failed:",
// with the target config's line in the traceback.
const EVENT_FAILED =
  /^(?:User : )?Error executing event reset-(?:start|init) on target |^(?:Error: )?\[\S+\] Execution of event reset-(?:start|init) failed:/
const TCL_TRACEBACK = /^\S+:\d+: Error: *$|^in procedure '|^at file "/

/** The log lines without the harmless speed error and the event failure it causes. */
export function withoutHarmlessErrors(lines: readonly string[]): string[] {
  const kept: string[] = []
  let afterSpeedError = false
  let inTraceback = false
  for (const line of lines) {
    if (SPEED_NOT_SUPPORTED.test(line)) {
      afterSpeedError = true
      continue
    }
    if (inTraceback && TCL_TRACEBACK.test(line)) continue
    inTraceback = afterSpeedError && EVENT_FAILED.test(line)
    afterSpeedError = false
    if (!inTraceback) kept.push(line)
  }
  return kept
}

export interface Classification {
  failure: StartFailure
  hint: string
}

export function classifyLog(log: string, fallback: StartFailure = 'exited'): Classification {
  const meaningful = withoutHarmlessErrors(log.split('\n')).join('\n')
  for (const rule of RULES) {
    if (rule.pattern.test(meaningful)) return { failure: rule.failure, hint: rule.hint }
  }
  return { failure: fallback, hint: 'see the OpenOCD log for details' }
}

/**
 * The log's last lines, for messages and reports. A config line OpenOCD
 * cannot run is echoed back in quotes (`secret.txt:1: Error: invalid command
 * name "…"`): a report must not carry the contents of a file the inventory
 * named, so quoted text in script errors is withheld (openocd.log keeps it).
 */
export function logTail(log: string, lines = 15): string {
  return log
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .map((line) => (SCRIPT_ERROR.test(line) ? line.replace(QUOTED, '"…"') : line))
    .join('\n')
}

const SCRIPT_ERROR = /^\S+:\d+: Error: |invalid command name|no such variable/
const QUOTED = /"[^"]*"/g

/** A ProcessError that names the cause found in the log and quotes its tail. */
export function startFailure(
  what: string,
  log: string,
  fallback: StartFailure = 'exited',
): ProcessError {
  const { failure, hint } = classifyLog(log, fallback)
  const tail = logTail(log)
  return new ProcessError(
    `${what}: ${hint}\n--- last lines of the OpenOCD log ---\n${tail}`,
    failure,
    tail,
  )
}

/**
 * True when a failed command means OpenOCD, the probe or the target is gone
 * (OpenOCD killed, the connection lost, the target stopped answering), not
 * that the flash refused an operation: an infrastructure failure.
 */
export function lostTarget(err: unknown): boolean {
  // A step's own failure wraps the command's error as its cause.
  if (err instanceof Error && err.cause !== undefined && lostTarget(err.cause)) return true
  if (err instanceof ConnectionError || err instanceof ProcessError) return true
  if (!(err instanceof OpenOcdError)) return false
  const text = `${err.message}\n${err.response ?? ''}`
  // A flash loader that did not finish in time ("timed out while waiting for
  // target halted", then "error waiting for target flash write algorithm") is
  // the flash failing while the target answers; DAP errors beside it still
  // mean the target was lost.
  const { failure } = classifyLog(
    FLASH_ALGORITHM_TIMEOUT.test(text) ? text.replace(LOADER_WAIT, '') : text,
  )
  return failure === 'target-not-responding' || failure === 'probe-not-found'
}

/**
 * The class of a failure worth another attempt — the probe not found or busy,
 * the target not answering, the connection to OpenOCD lost — or undefined for
 * one that would fail the same way again (a missing config, a bad transport).
 * Only for failures before anything was changed: the engine retries nothing after.
 */
export function transientCause(err: unknown): StartFailure | 'connection-lost' | undefined {
  if (err instanceof ProcessError)
    return err.failure === 'probe-not-found' || err.failure === 'target-not-responding'
      ? err.failure
      : undefined
  if (err instanceof ConnectionError) return 'connection-lost'
  if (!(err instanceof OpenOcdError)) return undefined
  const { failure } = classifyLog(`${err.message}\n${err.response ?? ''}`)
  return failure === 'probe-not-found' || failure === 'target-not-responding' ? failure : undefined
}

const FLASH_ALGORITHM_TIMEOUT = /waiting for (?:target flash write )?algorithm/i
const LOADER_WAIT = /timed out while waiting for target halted/gi
