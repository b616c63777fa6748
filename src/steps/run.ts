// run: start the firmware and judge it by its console, its semihosting exit
// or its fault; the console is kept as run-<step>.log in the report folder.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { elfSymbol } from '../image/elf.js'
import type { RttRegion } from '../openocd/rtt.js'
import type { Session } from '../openocd/session.js'
import type { RunSpec } from '../plan/steps.js'
import type { FirmwareRunRecord } from '../report/model.js'
import { runFirmware, type FirmwareRun } from '../run/run-firmware.js'
import { StepFailure, type StepExecutor, type StepResult } from './context.js'
import { fileRecord } from './files.js'

const TAIL_LINES = 20
// The control block is 24 bytes of header and 24 per buffer descriptor.
const CONTROL_BLOCK_SEARCH = 256

export const run: StepExecutor<'run'> = async (ctx, planned) => {
  const spec = planned.step.run
  // Named by the step's position: two run steps never share a log.
  const logName = `run-${planned.step.index + 1}.log`
  const logFile = path.join(ctx.outDir, logName)
  const outcome = await runFirmware(ctx.session, {
    ...spec,
    rtt: spec.capture.includes('rtt') ? await rttRegion(ctx.session, spec) : undefined,
    uart: ctx.uart,
    logFile,
    onLine: (line) => ctx.progress(`${line.source}> ${line.text}`),
  })
  const result: StepResult = {
    files: [await fileRecord(logFile, 'log', ctx.outDir)],
    run: runRecord(outcome, logName),
    notes: outcome.verdict.passed ? [outcome.verdict.message, ...outcome.notes] : outcome.notes,
  }
  if (!outcome.verdict.passed) throw new StepFailure(outcome.verdict.message, result)
  return result
}

/** The ELF's _SEGGER_RTT, else the address given, else the target's work area (in SRAM). */
async function rttRegion(session: Session, spec: RunSpec): Promise<RttRegion> {
  if (spec.rtt) return spec.rtt
  if (spec.elf) {
    const address = elfSymbol(await readFile(spec.elf), '_SEGGER_RTT')
    if (address !== undefined) return { address, size: CONTROL_BLOCK_SEARCH }
  }
  const [phys, size] = await Promise.all(
    ['-work-area-phys', '-work-area-size'].map((o) =>
      session.command(`[target current] cget ${o}`).then(Number),
    ),
  )
  if (size > 0) return { address: phys, size }
  throw new Error(
    "cannot tell where to look for the RTT control block: the image has no _SEGGER_RTT symbol and the target has no work area; give 'rtt-address' and 'rtt-size'",
  )
}

function runRecord(r: FirmwareRun, log: string): FirmwareRunRecord {
  return {
    passed: r.verdict.passed,
    reason: r.verdict.reason,
    message: r.verdict.message,
    exitCode: r.exitCode,
    fault: r.fault,
    registers: r.registers,
    tests: r.tests,
    log,
    lines: r.console.length,
    tail: r.console.slice(-TAIL_LINES).map((l) => l.text),
    rttControlBlock: r.rttControlBlock,
  }
}
