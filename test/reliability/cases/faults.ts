// Every fault kind the virtual target injects, and every signal that stops a
// run, on a run that backs up and then changes the flash: a flash error
// fails its step (exit 1) and the backup is restored; a lost target is
// infrastructure (exit 3); a signal stops the run (exit 5) and nothing is
// left running, even after SIGKILL.
import { existsSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect } from 'vitest'
import { runCli } from '../../support/cli.js'
import { pattern } from '../../support/images.js'
import { INITIAL, openOcdPids, waitGone, when, type Case } from '../support/harness.js'

// One sector of data into the erased sector 2: restore then erases it again.
const image = pattern(1024, 31)
const writeRun = (fault: string, at = '0x08000800'): Pick<Case, 'setup' | 'steps' | 'args'> => ({
  setup: (ctx) => void ctx.put('app.bin', image),
  steps: `version: 1
on-failure: { restore-backup: true }
steps:
  - backup: { bank: 0 }
  - write: { image: app.bin, address: ${at} }
`,
  args: ['--fault', fault],
})

// A stuck bit in sector 0, read the same as the data the backup holds there,
// but not as the image wants it: the write's verify fails at that byte.
const STUCK_AT = 4
const level = INITIAL[STUCK_AT] & 1
const stuckImage = Buffer.from(INITIAL.subarray(0, 1024))
stuckImage[STUCK_AT] = (stuckImage[STUCK_AT] & ~1) | (level ^ 1)
stuckImage[100] ^= 0xff

export const faultCases: Case[] = [
  {
    kind: 'faults',
    // Sector 0 holds data, so the layout must erase it (sector 2 is already erased).
    name: 'erase-fail: the write fails, the backup is restored',
    ...writeRun('erase-fail:sector=0', '0x08000000'),
    exit: 1,
    failedStep: 2,
    restored: true,
  },
  {
    kind: 'faults',
    name: 'program-fail: the write fails, the backup is restored',
    ...writeRun('program-fail:addr=0x08000810'),
    exit: 1,
    failedStep: 2,
    restored: true,
  },
  {
    kind: 'faults',
    name: 'stuck-bits: the verify fails, the backup is restored',
    ...writeRun(`stuck-bits:addr=0x0800000${STUCK_AT},mask=1,level=${level}`, '0x08000000'),
    setup: (ctx) => void ctx.put('app.bin', stuckImage),
    exit: 1,
    failedStep: 2,
    restored: true,
  },
  {
    kind: 'faults',
    name: 'slow: OpenOCD times out waiting for the flash, the backup is restored',
    ...writeRun('slow:ms=200,op=program'),
    exit: 1,
    failedStep: 2,
    restored: true,
  },
  {
    kind: 'faults',
    name: 'disconnect mid-write: target not responding, exit 3',
    ...writeRun('disconnect:after-bytes=256'),
    exit: 3,
    failedStep: 2,
    says: /OpenOCD or the target stopped responding/,
  },
]

const holdRun: Pick<Case, 'steps'> = {
  steps: `version: 1
allow-raw-commands: true
steps:
  - erase: { sectors: 2-3 }
  - name: hold
    command: sleep 60000
`,
}

export const signalCases: Case[] = (['SIGTERM', 'SIGINT', 'SIGHUP'] as const).map(
  (signal): Case => ({
    kind: 'signals',
    name: `${signal} while a step runs: exit 5, the step is named, nothing left running`,
    ...holdRun,
    during: async (job) => {
      await when(job, '▶ [2/2]')
      job.child.kill(signal)
    },
    exit: 5,
    failedStep: 2,
    // sectors 2-3 were erased before: erasing them changed nothing
    flashUnchanged: true,
  }),
)

signalCases.push({
  kind: 'signals',
  name: 'SIGKILL of the CLI: OpenOCD dies with it; the next run removes its temp folder',
  ...holdRun,
  during: async (job) => {
    await when(job, '▶ [2/2]')
    job.child.kill('SIGKILL')
  },
  exit: null,
  noReport: true,
  flashUnchanged: true,
  check: async (o) => {
    const [pid] = openOcdPids(o.output)
    expect(pid).toBeGreaterThan(0)
    const cli = o.cliPid
    const left = () =>
      readdirSync(os.tmpdir()).filter((n) => n.startsWith(`openocd-flash-sim-${cli}-`))
    expect(left()).toHaveLength(1)
    // the next run on a virtual board sweeps it
    const next = await runCli([
      'run',
      path.join(o.ctx.dir, 'steps.yml'),
      '--board',
      'virtual:stm32f103',
      '--dry-run',
      '--out',
      path.join(o.ctx.dir, 'next'),
    ])
    expect(next.code, next.stdout + next.stderr).toBe(0)
    expect(left()).toEqual([])
    expect(existsSync(path.join(o.ctx.dir, 'next', 'report.json'))).toBe(true)
    expect(await waitGone(pid)).toBe(true)
  },
})
