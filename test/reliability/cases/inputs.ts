// Defects 6, 8, 9, 10, 13, 14 (reference files), 15 and 16: hostile step
// files, options, inventories and lock folders. Input errors exit 2 at once
// with the file and line, before OpenOCD starts; the flash is untouched.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { stringify } from 'yaml'
import { expect } from 'vitest'
import { keyToDirName } from '../../../src/board/lock-dir.js'
import { probeLockKey } from '../../../src/board/lock.js'
import { parseVirtualRef } from '../../../src/board/virtual.js'
import type { Case } from '../support/harness.js'

const refused = { exit: 2, beforeOpenOcd: true, flashUnchanged: true } as const
const oneStep = (step: string) => `version: 1\nsteps:\n  - ${step}\n`
const RESET = oneStep('reset: halt')

const aliasBomb = `version: 1
a: &a ["x","x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]
steps: [*f]
`

export const limitCases: Case[] = [
  {
    ...refused,
    kind: 'limits',
    name: 'a YAML alias bomb',
    steps: aliasBomb,
    says: /steps\.yml:1:1: YAML aliases expand too far/,
  },
  {
    ...refused,
    kind: 'limits',
    name: 'a 2 MB step file',
    steps: RESET + `# ${'x'.repeat(2 * 1024 * 1024)}\n`,
    says: /steps\.yml:1:1: the file is \d+ bytes: step files and inventories may be at most 1048576 bytes/,
  },
  {
    ...refused,
    kind: 'limits',
    name: '1001 steps',
    steps: `version: 1\nsteps:\n${'  - reset: halt\n'.repeat(1001)}`,
    says: /at most 1000 steps/,
  },
  ...['0-99999999', '0-4294967295'].map((range): Case => ({
    ...refused,
    kind: 'limits',
    name: `sectors: ${range}`,
    steps: oneStep(`erase: { sectors: ${range} }`),
    says: /steps\.yml:\d+:\d+: step 1 .*no flash bank has a sector above 65535/,
  })),
  {
    kind: 'limits',
    name: 'sectors past the bank: refused by the plan, before any change',
    steps: oneStep('erase: { sectors: 60-65535 }'),
    exit: 1,
    failedStep: 1,
    flashUnchanged: true,
    says: /sector 60-65535 of bank 0 does not exist: it has 64 sectors/,
  },
  {
    ...refused,
    kind: 'limits',
    name: 'a step file that is not UTF-8',
    steps: Buffer.from('version: 1\nsteps:\n  - name: "caf\xe9"\n    reset: halt\n', 'latin1'),
    says: /steps\.yml:3:\d+: the file is not UTF-8 text/,
  },
]

export const timerCases: Case[] = [
  {
    ...refused,
    kind: 'timers',
    name: 'timeout: 0s',
    steps: `version: 1\nsteps:\n  - reset: halt\n    timeout: 0s\n`,
    says: /steps\.yml:4:\d+: "0s" must be longer than 0/,
  },
  {
    ...refused,
    kind: 'timers',
    name: 'timeout: 40000m',
    steps: `version: 1\nsteps:\n  - reset: halt\n    timeout: 40000m\n`,
    says: /"40000m" is longer than the longest time limit, 2147483647 ms/,
  },
  {
    ...refused,
    kind: 'timers',
    name: '--timeout 35792m',
    steps: RESET,
    args: ['--timeout', '35792m'],
    noReport: true,
    says: /--timeout: '35792m' is longer than the longest time limit/,
  },
  {
    ...refused,
    kind: 'timers',
    name: '--lock-timeout -5',
    steps: RESET,
    args: ['--lock-timeout', '-5'],
    noReport: true,
    says: /--lock-timeout: '-5' is not a duration/,
  },
]

export const pathCases: Case[] = [
  {
    ...refused,
    kind: 'paths',
    name: '--out /proc/nope',
    steps: RESET,
    args: ['--out', '/proc/nope'],
    noReport: true,
    says: /the report folder \/proc\/nope: cannot create/,
  },
  {
    ...refused,
    kind: 'paths',
    name: '--out an existing file',
    steps: RESET,
    args: (ctx) => ['--out', path.join(ctx.dir, 'steps.yml')],
    noReport: true,
    says: /steps\.yml exists and is not a folder/,
  },
  {
    kind: 'paths',
    name: '--lock-dir /proc/x/y',
    steps: RESET,
    args: ['--lock-dir', '/proc/x/y'],
    exit: 3,
    beforeOpenOcd: true,
    flashUnchanged: true,
    says: /cannot use the probe lock directory \/proc\/x\/y/,
  },
  {
    ...refused,
    kind: 'paths',
    name: 'a folder as the reference file of a verify',
    setup: (ctx) => mkdirSync(path.join(ctx.dir, 'golden')),
    steps: oneStep('verify: { bank: 0, file: golden }'),
    says: /golden is not a regular file/,
  },
  {
    kind: 'paths',
    name: 'a reference file compared with the bank: its bytes stay out of the report',
    setup: (ctx) => void ctx.put('secret.bin', Buffer.from(SECRET)),
    steps: oneStep('verify: { bank: 0, file: secret.bin }'),
    exit: 1,
    failedStep: 1,
    flashUnchanged: true,
    says: /first at 0x08000000 \(bank 0 sector 0\): read /,
    check: (o) => {
      const reports = ['report.json', 'report.md', 'junit.xml'].map((f) =>
        readFileSync(path.join(o.ctx.out, f), 'utf8'),
      )
      for (const text of [...reports, o.output]) {
        expect(text).not.toContain(SECRET)
        expect(text).not.toContain(Buffer.from(SECRET).subarray(0, 8).toString('hex'))
      }
    },
  },
  {
    kind: 'paths',
    name: "an inventory 'config:' file OpenOCD cannot run: its contents stay out of the report",
    setup: (ctx) => {
      const secret = ctx.put('secret.txt', `${SECRET}\n`)
      ctx.put(
        'boards.yml',
        inventory({
          lab: {
            interface: 'interface/dummy.cfg',
            target: 'target/stm32f1x.cfg',
            config: secret,
          },
        }),
      )
    },
    steps: RESET,
    board: [],
    args: (ctx) => ['--inventory', path.join(ctx.dir, 'boards.yml'), '--board', 'lab', '--no-lock'],
    exit: 3,
    flashUnchanged: true,
    says: /secret\.txt:1: Error: invalid command name "…"/,
    check: (o) => {
      for (const f of ['report.json', 'report.md'])
        expect(readFileSync(path.join(o.ctx.out, f), 'utf8')).not.toContain(SECRET)
    },
  },
  {
    kind: 'paths',
    name: 'a planted lock ticket past 10 digits does not block the queue',
    setup: (ctx) => {
      const board = {
        ...parseVirtualRef('virtual:stm32f103')!,
        virtual: { chip: 'stm32f103' as const, state: ctx.state, faults: [] },
      }
      const keyDir = path.join(ctx.dir, 'locks', keyToDirName(probeLockKey(board)))
      mkdirSync(keyDir, { recursive: true })
      // a dead holder's record
      const record = {
        pid: 2 ** 22 + 12345,
        hostname: os.hostname(),
        description: 'planted',
        queuedAt: new Date().toISOString(),
      }
      writeFileSync(path.join(keyDir, 't-9999999999-1-planted'), JSON.stringify(record))
    },
    steps: RESET,
    exit: 0,
    flashUnchanged: true,
  },
]

const SECRET = 'TOPSECRET-runner-credential-0123456789'
const inventory = (boards: object) => stringify({ version: 1, boards })

export const exitCodeCases: Case[] = [
  {
    ...refused,
    kind: 'exit-codes',
    name: 'a bad --fault',
    steps: RESET,
    args: ['--fault', 'explode:now=1'],
    noReport: true,
    says: /bad fault "explode:now=1": unknown kind/,
  },
  {
    ...refused,
    kind: 'exit-codes',
    name: "a bad inventory 'faults:' entry",
    steps: RESET,
    setup: (ctx) =>
      void ctx.put(
        'boards.yml',
        inventory({ sim: { virtual: { chip: 'stm32f103', faults: ['erase-fail:sector=x'] } } }),
      ),
    args: (ctx) => ['--inventory', path.join(ctx.dir, 'boards.yml'), '--board', 'sim'],
    noReport: true,
    says: /boards\.yml:\d+:\d+: bad fault "erase-fail:sector=x"/,
  },
  {
    ...refused,
    kind: 'exit-codes',
    name: 'a control character in the serial',
    steps: RESET,
    board: [
      '--interface',
      'interface/stlink.cfg',
      '--target',
      'target/stm32f1x.cfg',
      '--serial',
      'ab\u0001c',
    ],
    noReport: true,
    says: /serial "ab\\u0001c": must not contain control characters/,
  },
  {
    ...refused,
    kind: 'exit-codes',
    name: 'an unusable state file',
    steps: RESET,
    setup: (ctx) => writeFileSync(ctx.state + '.bad', 'not a state file\n'),
    args: (ctx) => ['--state', ctx.state + '.bad'],
    says: /is not a virtual target state file/,
  },
  {
    kind: 'protect',
    name: 'protect sectors: 1 protects sector 1, and a later erase of it is refused',
    steps: `version: 1\nsteps:\n  - protect: { bank: 0, sectors: 1 }\n  - erase: { sectors: 1 }\n`,
    exit: 1,
    failedStep: 2,
    flashUnchanged: true,
    says: /would erase write-protected sector 1 of bank 0/,
  },
  {
    kind: 'protect',
    name: 'protect sectors: 1 is widened to block 0 (sectors 0-3), and the plan says so',
    steps: `version: 1\nsteps:\n  - protect: { bank: 0, sectors: 1 }\n  - erase: { sectors: 5 }\n`,
    args: ['--dry-run'],
    exit: 0,
    flashUnchanged: true,
    says: /plan 1\. protect bank 0 sectors 1: bank 0 blocks 0 \(widened to whole protection blocks: 0x08000000\+4 KiB\)/,
    check: (o) => {
      expect(o.report!.steps[0].plan[0].blocks).toEqual([0])
      expect(o.report!.steps[0].rounded).toEqual({
        requested: { address: 0x08000400, size: 1024 },
        actual: { address: 0x08000000, size: 4096 },
      })
    },
  },
]
