// What a new user meets in the first hour, through the command as they run it:
// a dry run that leaves the board alone, a report that says what failed and
// which files were used, plain messages for a typo, a missing file, a time
// limit and a probe that is not there.
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Session } from '../../src/openocd/session.js'
import { startVirtualTarget, type VirtualTarget } from '../../src/sim/index.js'
import { runCli } from '../support/cli.js'
import { pattern } from '../support/images.js'

const work = mkdtempSync(path.join(os.tmpdir(), 'ofl-first-hour-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const put = (name: string, data: string | Buffer) => {
  const file = path.join(work, name)
  writeFileSync(file, data)
  return file
}
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8')
let outs = 0
const outDir = () => path.join(work, `out-${++outs}`)

describe('a board found running (or halted) is left so by a run that changes nothing', () => {
  // A board of one's own: the simulator outlives the runs, as a real board does.
  let sim: VirtualTarget
  let board: string[]
  beforeAll(async () => {
    sim = await startVirtualTarget({ chip: 'stm32f103', socket: path.join(work, 'board.sock') })
    const adapter = sim.openocdConfig().flatMap((item) => ('command' in item ? [item.command] : []))
    board = ['--interface', put('board.cfg', adapter.join('\n') + '\n')]
    board.push('--target', 'target/stm32f1x.cfg', '--no-lock')
    // A blank chip locks up at power-on (OpenOCD then halts it): run `b .` from SRAM instead.
    await targetState(async (s) => {
      await s.target.halt()
      await s.target.writeMemory(0x20000400, 16, [0xe7fe])
      await s.command('reg pc 0x20000400')
      await s.target.resume()
    })
  })
  afterAll(() => sim.close())

  /** Connects with a fresh OpenOCD: the target's state, then `then` (e.g. halt it). */
  async function targetState(then?: (s: Session) => Promise<void>) {
    const session = await Session.start({ config: sim.openocdConfig() })
    try {
      const state = await session.target.state()
      await then?.(session)
      return state
    } finally {
      await session.close()
    }
  }

  const image = put('small.bin', pattern(256, 1))
  const plan = put(
    'plan.yml',
    `version: 1\nsteps:\n  - write: { image: ${image}, address: 0x08001000 }\n`,
  )
  const refused = put('refused.yml', 'version: 1\nsteps:\n  - erase: { bank: 0, sectors: 90-91 }\n')

  it('--dry-run: a running target keeps running, without a reset', async () => {
    expect(await targetState()).toBe('running')
    const r = await runCli(['run', plan, ...board, '--dry-run', '--out', outDir()])
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.stdout).toContain('nothing was changed')
    expect(r.stdout).not.toMatch(/resetting|halting/)
    expect(await targetState()).toBe('running')
  })

  it('a refused plan: a running target keeps running', async () => {
    const r = await runCli(['run', refused, ...board, '--out', outDir()])
    expect(r.code, r.stdout + r.stderr).toBe(1)
    expect(r.stdout).toContain('the plan was refused before anything was changed')
    expect(await targetState()).toBe('running')
  })

  it('--dry-run: a halted target stays halted', async () => {
    await targetState((s) => s.target.halt())
    expect(await targetState()).toBe('halted')
    const r = await runCli(['run', plan, ...board, '--dry-run', '--out', outDir()])
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(await targetState((s) => s.target.resume())).toBe('halted')
  })
})

describe('the report of a failed verification', () => {
  // Written (and verified) A, then compared with B, which differs in 20
  // bytes of sector 8 only: sector 8 failed, sector 9 passed.
  const a = pattern(2048, 7)
  const b = Buffer.from(a)
  for (let i = 0x10; i < 0x24; i++) b[i] ^= 0xff
  const steps = `version: 1
steps:
  - name: back up
    backup: { bank: 0 }
  - name: write A
    write: { image: a.bin, address: 0x08002000 }
  - name: compare with B
    verify: { image: b.bin, address: 0x08002000 }
`
  const out = outDir()
  let code: number | null
  beforeAll(async () => {
    put('a.bin', a)
    put('b.bin', b)
    const r = await runCli(
      ['run', put('verify.yml', steps), '--board', 'virtual:stm32f103'].concat([
        '--no-lock',
        '--out',
        out,
      ]),
    )
    code = r.code
    if (code !== 1) throw new Error(`expected exit 1:\n${r.stdout}${r.stderr}`)
  })

  it('marks the sector that differs as failed in the sector map, the others as verified', () => {
    const md = read(out, 'report.md')
    expect(code).toBe(1)
    // The blank chip's backup shows both sectors erased, so the write programs without erasing.
    expect(md).toContain('| 8 | 0x08002000 | 1 KiB | B | · | W | ✘ differs | · → · |')
    expect(md).toContain('| 9 | 0x08002400 | 1 KiB | B | · | W | V | · → · |')
    const activity = JSON.parse(read(out, 'report.json')).activity[0]
    expect(activity).toMatchObject({ verified: [8, 9], verifyFailed: [8] })
  })

  it('fails the step in junit.xml, naming the sector', () => {
    const junit = read(out, 'junit.xml')
    expect(junit).toMatch(/<testcase name="3\. compare with B"[^>]*>\s*<failure /)
    expect(junit).toContain('differs at 0x08002010 (20 byte(s)): bank 0 sector 8')
    expect(junit).toMatch(/<testsuite [^>]*tests="3" failures="1"/)
  })

  it('cuts long expected and actual bytes with …', () => {
    const md = read(out, 'report.md')
    const hex = (buf: Buffer) => buf.subarray(0x10, 0x20).toString('hex')
    expect(md).toContain(`| 0x08002010 | 20 | 0/8 | \`${hex(b)}…\` | \`${hex(a)}…\` |`)
  })

  it('lists the images and the backup with their SHA-256, and links the OpenOCD log', () => {
    const md = read(out, 'report.md')
    const backup = readFileSync(path.join(out, 'backup-bank0.bin'))
    expect(md).toContain(
      `| backup | [backup-bank0.bin](backup-bank0.bin) | 64 KiB | \`${sha256(backup)}\` |`,
    )
    expect(md).toContain(`| image | \`${path.join(work, 'a.bin')}\` | 2 KiB | \`${sha256(a)}\` |`)
    expect(md).toContain(`| image | \`${path.join(work, 'b.bin')}\` | 2 KiB | \`${sha256(b)}\` |`)
    expect(md).toContain('OpenOCD log: [openocd.log](openocd.log)')
  })
})

describe('plain messages', () => {
  it('a missing step file: "not found", exit 2, and no report folder', async () => {
    const out = outDir()
    const missing = path.join(work, 'no-such-steps.yml')
    const r = await runCli(['run', missing, '--board', 'virtual:stm32f103', '--out', out])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`step file not found: ${missing}`)
    expect(r.stdout + r.stderr).not.toContain('invalid')
    expect(existsSync(out)).toBe(false)
  })

  it('a mistyped option: what was probably meant, and the usage line', async () => {
    const r = await runCli(['run', 'steps.yml', '--bord', 'virtual:stm32f103'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('unknown option --bord (did you mean --board?)')
    expect(r.stderr).toContain('usage: openocd-flash run STEPS.yml [options]')
  })

  /** A step file with one raw command, that asks for a restore on failure. */
  const commandSteps = (name: string, command: string) =>
    put(
      `${name}.yml`,
      `version: 1\nallow-raw-commands: true\non-failure: { restore-backup: true }\nsteps:\n  - name: ${name}\n    command: ${command}\n`,
    )

  it('--timeout: says the run timed out, and claims no restore', async () => {
    // Whether the second passes while OpenOCD starts (a busy machine) or in
    // the step, the run stops in the same words and leaves nothing running.
    const steps = commandSteps('wait', 'sleep 20000')
    const out = outDir()
    const r = await runCli(
      ['run', steps, '--board', 'virtual:stm32f103', '--no-lock'].concat([
        '--timeout',
        '1s',
        '--out',
        out,
      ]),
    )
    expect(r.code, r.stdout + r.stderr).toBe(5)
    expect(r.stdout).toContain('the run did not finish within 1 s')
    expect(r.stdout).not.toMatch(/TCL RPC|connection was closed|restor/i)
    const md = read(out, 'report.md')
    expect(md).toContain('## openocd-flash: ❌ timeout')
    expect(md).not.toMatch(/TCL RPC|Restore from backup|✅ passed|❌ failed/)
    const pid = /OpenOCD started \(pid (\d+)/.exec(r.stdout)?.[1]
    if (pid) expect(() => process.kill(Number(pid), 0)).toThrow()
  })

  it('a failure before any backup: says nothing was restored, not that restoring failed', async () => {
    const steps = commandSteps('fail', 'error boom')
    const out = outDir()
    const r = await runCli([
      'run',
      steps,
      '--board',
      'virtual:stm32f103',
      '--no-lock',
      '--out',
      out,
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('nothing to restore: no backup had been taken before the failure')
    const md = read(out, 'report.md')
    expect(md).toContain('### Restore from backup: ⏭️ nothing restored')
    expect(md).not.toContain('Restore from backup: ❌')
    expect(JSON.parse(read(out, 'report.json')).restore.status).toBe('skipped')
  })

  it("a probe that is not there: the log's tail without the session's marks", async () => {
    const cfg = put(
      'absent.cfg',
      `adapter driver remote_bitbang
remote_bitbang port 0
remote_bitbang host ${path.join(work, 'nobody-listens.sock')}
transport select jtag
`,
    )
    const steps = put('reset.yml', 'version: 1\nsteps:\n  - reset: run\n')
    const r = await runCli(
      ['run', steps, '--interface', cfg, '--target', 'target/stm32f1x.cfg'].concat([
        '--no-lock',
        '--out',
        outDir(),
      ]),
    )
    expect(r.code).toBe(3)
    expect(r.stdout).toContain('--- last lines of the OpenOCD log ---')
    expect(r.stdout).toContain("Error on socket 'connect'")
    expect(r.stdout).not.toContain('@@')
    expect(r.stdout).not.toMatch(/^-?\d+$/m)
  })
})
