// Runs the firmware and judges it: reset (or resume), capture its consoles,
// service semihosting, catch HardFault, and stop at the first verdict or at
// the time limit (then halt and record where the core was).
import {
  describeFault,
  exceptionNumber,
  readFault,
  readRegisters,
  type CoreFault,
  type Registers,
} from '../openocd/core-state.js'
import { Rtt, type RttRegion } from '../openocd/rtt.js'
import { atSemihostingCall, serviceSemihosting } from '../openocd/semihosting.js'
import type { Session } from '../openocd/session.js'
import type { CaptureSource, TestFormat } from '../plan/steps.js'
import { formatDuration, hex32 } from '../report/format.js'
import { Console, type ConsoleLine } from './console.js'
import { Judge, type Verdict } from './judge.js'
import type { TestResult } from './tests.js'
import { Uart, type UartPort } from './uart.js'

export interface RunFirmwareOptions {
  /** true: `reset run`; false: resume the target if halted (else watch it run). Default true. */
  reset?: boolean
  capture: readonly CaptureSource[]
  pass?: string
  fail?: string
  timeoutMs: number
  tests?: TestFormat
  /** Lines for RTT down-channel 0, sent once RTT is up. */
  send?: readonly string[]
  /** Where RTT's control block is searched (required with rtt). */
  rtt?: RttRegion
  /** The serial console (required with uart). */
  uart?: UartPort
  /** The console is written here as it arrives. */
  logFile?: string
  onLine?: (line: ConsoleLine) => void
}

export interface FirmwareRun {
  verdict: Verdict
  /** The firmware's semihosting exit code, when it exited. */
  exitCode?: number
  fault?: CoreFault
  /** The core when the run ended halted (fault, exit, timeout). */
  registers?: Registers
  tests: TestResult[]
  console: ConsoleLine[]
  /** The RTT control block, when RTT came up. */
  rttControlBlock?: number
  notes: string[]
}

// How often the core's state is asked for; OpenOCD itself polls every 100 ms.
const POLL_MS = 25
const LOCKUP = /clearing lockup after double fault/

export async function runFirmware(
  session: Session,
  options: RunFirmwareOptions,
): Promise<FirmwareRun> {
  const judge = new Judge(options)
  const notes: string[] = []
  const console = new Console((line) => {
    judge.line(line.text)
    options.onLine?.(line)
  }, options.logFile)
  const wants = (s: CaptureSource) => options.capture.includes(s)
  let rtt: Rtt | undefined
  let uart: Uart | undefined
  let lockup = false
  const unsubscribe = session.process?.onLogLine((line) => {
    if (LOCKUP.test(line)) lockup = true
  })
  const run: Omit<FirmwareRun, 'verdict' | 'tests' | 'console'> = { notes }
  try {
    if (wants('rtt') && !options.rtt)
      throw new Error('capture rtt needs the region to search for the control block')
    if (wants('uart')) {
      if (!options.uart)
        throw new Error(
          'capture uart needs a serial device: give the board a uart in the inventory',
        )
      uart = await Uart.open(options.uart, (text) => console.write('uart', text))
    }
    // Our semihosting handler, not OpenOCD's (see semihosting.ts); the vector
    // catch halts the core on HardFault entry, with the frame still stacked.
    await session.command('arm semihosting disable').catch(() => undefined)
    await session.command('cortex_m vector_catch hard_err')
    if (options.rtt && wants('rtt')) await Rtt.setup(session, options.rtt)
    if (options.reset ?? true) await session.target.reset('run')
    // Resume a halted target; one that runs already is watched as it is.
    else if ((await session.target.state()) === 'halted') await session.target.resume()

    const deadline = Date.now() + options.timeoutMs
    let halted = false
    while (!judge.decided) {
      if (Date.now() >= deadline) {
        await session.target.halt().catch(() => undefined)
        run.registers = await readRegisters(session).catch(() => undefined)
        halted = run.registers !== undefined
        const where = run.registers ? `: halted at PC ${hex32(run.registers.pc)}` : ''
        judge.stopped('timeout', `no verdict within ${formatDuration(options.timeoutMs)}${where}`)
        break
      }
      if (wants('rtt') && !rtt) {
        rtt = await Rtt.start(session, (text) => console.write('rtt', text))
        if (rtt) {
          run.rttControlBlock = rtt.controlBlock
          for (const line of options.send ?? []) rtt.send(line)
        }
      }
      if ((await session.target.state()) === 'halted') {
        halted = await onHalt()
        if (halted) break
        continue
      }
      await delay(POLL_MS)
    }
    if (rtt && halted) await rtt.drain(5000)
    console.flush()
  } finally {
    unsubscribe?.()
    uart?.close()
    await rtt?.close()
    await console.close()
  }
  return { ...run, verdict: judge.verdict!, tests: judge.tests, console: console.lines }

  /** Handles a halt; true when the run is over. */
  async function onHalt(): Promise<boolean> {
    const regs = await readRegisters(session)
    if (wants('semihosting') && (await atSemihostingCall(session, regs))) {
      const call = await serviceSemihosting(session, regs)
      if (call.kind === 'exit') {
        run.exitCode = call.code
        run.registers = regs
        judge.exit(call.code, call.detail)
        return true
      }
      if (call.kind === 'output') console.write('semihosting', call.text)
      else
        notes.push(
          `semihosting operation 0x${call.operation.toString(16)} is not supported: returned -1`,
        )
      await session.target.resume()
      return false
    }
    run.registers = regs
    if (exceptionNumber(regs) === 3) {
      run.fault = await readFault(session, regs)
      judge.stopped('fault', describeFault(run.fault))
    } else if (lockup) {
      judge.stopped(
        'fault',
        `lock-up (a fault the core could not take, e.g. inside the HardFault handler): halted at PC ${hex32(regs.pc)}`,
      )
    } else {
      judge.stopped(
        'halted',
        `the target halted at PC ${hex32(regs.pc)} (a breakpoint, or halted from outside)`,
      )
    }
    return true
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
