// GDB (gdb-multiarch) through OpenOCD's GDB server on both virtual chips:
// load + compare-sections, break at main, continue, step, finish, stepi —
// and after each stop OpenOCD agrees that the core is halted.
import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { openocdArgs, type VirtualTarget } from '../../src/sim/index.js'
import { FALLBACKS, firmware } from './support/firmware.js'
import { virtualTarget } from './support/session.js'

const run = promisify(execFile)

/**
 * OpenOCD with `init` on its command line: a GDB connection copies the
 * command context, and only there is it past init (after an `init` over
 * TCL RPC, as Session does it, GDB's `monitor reset` is refused).
 */
async function gdbServer(target: VirtualTarget): Promise<{ port: string; log: () => string }> {
  const args = [
    ...openocdArgs(target.openocdConfig()),
    ...['-c', 'gdb_port 0', '-c', 'tcl_port disabled', '-c', 'telnet_port disabled', '-c', 'init'],
  ]
  const openocd = spawn('openocd', args, { stdio: ['ignore', 'ignore', 'pipe'] })
  onTestFinished(() => void openocd.kill())
  let log = ''
  const port = await new Promise<string>((resolve, reject) => {
    openocd.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString()
      const found = /Listening on port (\d+) for gdb connections/u.exec(log)
      if (found) resolve(found[1])
    })
    openocd.once('exit', () => reject(new Error(`openocd exited:\n${log}`)))
  })
  return { port, log: () => log }
}

describe.each([
  { chip: 'stm32f103', cpu: 'stm32f1x.cpu' },
  { chip: 'stm32f407', cpu: 'stm32f4x.cpu' },
  { chip: 'stm32g431', cpu: 'stm32g4x.cpu' },
] as const)('GDB on the virtual $chip', ({ chip, cpu }) => {
  it('loads, compares sections, breaks at main, steps, finishes and steps an instruction', async () => {
    const { port, log } = await gdbServer(await virtualTarget({ chip }))

    const counter = firmware(chip, 'counter')
    const commands = [
      `target extended-remote 127.0.0.1:${port}`,
      'monitor reset halt',
      'load',
      'compare-sections',
      'monitor reset halt', // SP from the new vector table
      'break main',
      'continue',
      'step',
      'finish',
      'stepi',
      'print/x $pc',
      `monitor ${cpu} curstate`,
      'detach',
    ]
    const { stdout, stderr } = await run(
      'gdb-multiarch',
      ['-nx', '-batch', ...commands.flatMap((c) => ['-ex', c]), counter.elf],
      { timeout: 120_000 },
    )
    const out = stdout + stderr
    expect(out).toMatch(/Transfer rate/u)
    expect(out).not.toMatch(/MIS-MATCHED/u)
    expect(out).toMatch(/Section \.text, range 0x[0-9a-f]+ -- 0x[0-9a-f]+: matched/u)
    expect(out).toMatch(/Breakpoint 1, main \(\)/u)
    // step went into tick(), finish came back to main.
    expect(out).toMatch(/^tick \(\) at programs\/counter\/main\.c:9\n(?:.*\n)?main \(\) at /mu)
    expect(out).toMatch(/\$1 = 0x8[0-9a-f]{6}/u)
    // stepi stopped, and OpenOCD says halted too (it used to say running).
    expect(out).toMatch(/^halted$/mu)
    expect(log()).not.toMatch(FALLBACKS)
  })
})
