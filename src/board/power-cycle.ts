// Power-cycles a board with the inventory's `power-cycle` commands: argv
// arrays spawned without a shell (an inventory value is never parsed as
// shell), off then on, each with a time limit, their output kept for the
// report. Then waits for the probe to come back: a USB probe with a serial
// is back when sysfs lists that serial again.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { PowerCycleRecord, PowerCommandRecord } from '../report/model.js'
import { killGroup, trackChild } from '../util/children.js'
import type { PowerCycle } from './spec.js'

const COMMAND_TIMEOUT_MS = 60_000
const MAX_OUTPUT = 4096
const USB_DEVICES = '/sys/bus/usb/devices'

export interface PowerCycleOptions {
  /** The probe's serial, to wait for after power is back. */
  serial?: string
  /** How long the probe may take to re-enumerate. */
  enumerateTimeoutMs?: number
  signal?: AbortSignal
}

export async function powerCycle(
  commands: PowerCycle,
  options: PowerCycleOptions = {},
): Promise<PowerCycleRecord> {
  const t0 = Date.now()
  const ran: PowerCommandRecord[] = []
  for (const argv of [commands.off, commands.on]) {
    const record = await runCommand(argv, options.signal)
    ran.push(record)
    if (record.exitCode !== 0) return { commands: ran, ok: false, durationMs: Date.now() - t0 }
  }
  if (options.serial === undefined) return { commands: ran, ok: true, durationMs: Date.now() - t0 }
  const back = await waitForSerial(
    options.serial,
    options.enumerateTimeoutMs ?? 30_000,
    options.signal,
  )
  return {
    commands: ran,
    ok: back,
    reenumerated: back,
    durationMs: Date.now() - t0,
  }
}

/** A power cycle that did not succeed, said in one line. */
export class PowerCycleError extends Error {
  constructor(
    readonly record: PowerCycleRecord,
    serial?: string,
  ) {
    const failed = record.commands.find((c) => c.exitCode !== 0)
    super(
      failed
        ? `the power-cycle command '${failed.argv.join(' ')}' ${failed.exitCode < 0 ? 'could not be run or was killed' : `exited ${failed.exitCode}`}${failed === record.commands[0] ? '' : ": the board's power may be off"}`
        : `the probe${serial ? ` ${serial}` : ''} did not re-enumerate in time after power came back`,
    )
    this.name = 'PowerCycleError'
  }
}

function runCommand(argv: string[], signal?: AbortSignal): Promise<PowerCommandRecord> {
  return new Promise((resolve) => {
    let output = ''
    const child = spawn(argv[0], argv.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    if (child.pid !== undefined) trackChild(child)
    const keep = (d: Buffer) => {
      if (output.length < MAX_OUTPUT) output = (output + d.toString()).slice(0, MAX_OUTPUT)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const stop = () => killGroup(child, 'SIGKILL')
    const timer = setTimeout(() => {
      output += `\n(killed: no exit within ${COMMAND_TIMEOUT_MS / 1000} s)`
      stop()
    }, COMMAND_TIMEOUT_MS)
    signal?.addEventListener('abort', stop, { once: true })
    const done = (exitCode: number, extra = '') => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', stop)
      resolve({ argv, exitCode, output: (output + extra).trimEnd() })
    }
    child.once('error', (err) => done(-1, `cannot run ${argv[0]}: ${err.message}`))
    child.once('close', (code) => done(code ?? -1))
  })
}

/** True once a USB device with `serial` is listed, false after `timeoutMs`. */
async function waitForSerial(
  serial: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<boolean> {
  const until = Date.now() + timeoutMs
  for (;;) {
    if (usbSerials().includes(serial)) return true
    if (Date.now() >= until) return false
    await sleep(250, undefined, { signal })
  }
}

function usbSerials(): string[] {
  let entries: string[]
  try {
    entries = readdirSync(USB_DEVICES)
  } catch {
    return []
  }
  return entries.flatMap((e) => {
    try {
      return [readFileSync(path.join(USB_DEVICES, e, 'serial'), 'utf8').trim()]
    } catch {
      return []
    }
  })
}
