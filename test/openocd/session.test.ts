// The launcher, RPC client and session against the real OpenOCD binary, with
// the dummy adapter (no target needed).
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CommandError, ProcessError, TimeoutError } from '../../src/openocd/errors.js'
import { Session } from '../../src/openocd/session.js'
import { tclCommand } from '../../src/openocd/tcl.js'
import { DUMMY, isAlive, waitGone } from '../support/openocd.js'

const sessions: Session[] = []
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()))
})

async function start(extra: Parameters<typeof Session.start>[0] = { config: DUMMY }) {
  const s = await Session.start({ init: false, ...extra })
  sessions.push(s)
  return s
}

describe('Session on a real OpenOCD', () => {
  it('starts on a free TCL port bound to 127.0.0.1 with telnet and GDB off', async () => {
    const s = await start()
    const args = s.process!.args.join(' ')
    expect(args).toContain('bindto 127.0.0.1')
    expect(s.process!.tclPort).toBeGreaterThan(0)
    expect(s.log()).not.toMatch(/Listening on port \d+ for gdb/)
    expect(await s.command('version')).toMatch(/^Open On-Chip Debugger 0\.12/)
    expect(s.log()).toMatch(/telnet server disabled/)
    // Builds after 0.12.0 have `tcl port` etc. and warn about `tcl_port`; we use what the binary has.
    expect(s.log()).not.toMatch(/DEPRECATED/)
  })

  it('reports a failed command as CommandError with OpenOCD its own words', async () => {
    const s = await start()
    const err = await s.command('nosuchcommand 1 2').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CommandError)
    expect((err as CommandError).message).toMatch(/invalid command name "nosuchcommand"/)
    expect((err as CommandError).command).toBe('nosuchcommand 1 2')
    // a failed command does not poison the next one
    expect(await s.command('expr {6 * 7}')).toBe('42')
  })

  it('includes the logged error lines of a failing command', async () => {
    const s = await start()
    const err = (await s.command('flash info 3').catch((e: unknown) => e)) as CommandError
    expect(err).toBeInstanceOf(CommandError)
    expect(err.response).toMatch(/flash/)
  })

  it('passes a hostile file name to OpenOCD as a literal file name, executing nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ofl-inject-'))
    const name = 'fw[exec touch pwned] $x {y}.bin'
    const s = await start()
    // log_output opens the named file for writing: a command that takes a
    // file name and works without a target.
    await s.command(tclCommand('log_output', path.join(dir, name)))
    await s.command('log_output') // back to stderr
    expect(readdirSync(dir)).toEqual([name])
    expect(existsSync(path.join(process.cwd(), 'pwned'))).toBe(false)
    expect(existsSync(path.join(dir, 'pwned'))).toBe(false)
  })

  it("gives each command only the log lines it produced, not OpenOCD's echo of the reply", async () => {
    const s = await start()
    expect(await s.execute('echo hello')).toEqual({ result: '', log: ['hello'] })
    expect(await s.execute('expr {1 + 1}')).toEqual({ result: '2', log: [] })
  })

  it('debugInto: collects the debug lines a command logs, keeps them out of its error, and puts the level back', async () => {
    const s = await start()
    const debug: string[] = []
    // An OpenOCD command: upstream after 0.12.0 no longer logs Tcl builtins such as expr.
    const ok = await s.execute('version', { debugInto: debug })
    expect(ok).toMatchObject({ result: expect.stringMatching(/Open On-Chip Debugger/), log: [] })
    expect(debug.join('\n')).toMatch(/^Debug: .*command - version/m)
    const failed: string[] = []
    const err = (await s
      .execute('flash info 3', { debugInto: failed })
      .catch((e: unknown) => e)) as CommandError
    expect(err).toBeInstanceOf(CommandError)
    expect(err.message).toMatch(/^'flash info 3' failed/)
    expect(err.response).not.toMatch(/Debug/)
    // 0.12.0 answers `debug_level: 2`, upstream after it `2`.
    expect(await s.command('debug_level')).toMatch(/^(debug_level: )?2$/)
  })

  it('runs multi-line raw scripts', async () => {
    const s = await start()
    expect(await s.command('set a 2\nset b 3\nexpr {$a + $b}')).toBe('5')
  })

  it('kills OpenOCD and fails a command that times out', async () => {
    const s = await start()
    const pid = s.process!.pid
    const err = await s.command('sleep 5000', { timeoutMs: 200 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TimeoutError)
    expect(await waitGone(pid)).toBe(true)
  })

  it('leaves no OpenOCD behind after close, and close is idempotent', async () => {
    const s = await start()
    const pid = s.process!.pid
    await s.close()
    await s.close()
    expect(isAlive(pid)).toBe(false)
    expect(readFileSync(s.process!.logFile, 'utf8')).toMatch(/Listening on port/)
  })

  it('connects to an OpenOCD started elsewhere', async () => {
    const owner = await start()
    const other = await Session.connect({ port: owner.process!.tclPort })
    expect(await other.command('expr {1 + 1}')).toBe('2')
    other['rpc'].close()
  })
})

describe('start failures are classified and leave nothing running', () => {
  it('names a missing binary', async () => {
    const err = await Session.start({ binary: '/nonexistent/openocd', config: DUMMY }).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(ProcessError)
    expect((err as ProcessError).failure).toBe('binary-not-found')
    expect((err as Error).message).toMatch(/apt-get install openocd/)
  })

  it('names a config file that does not exist and quotes the log', async () => {
    const err = (await Session.start({ config: [{ file: 'target/no-such-chip.cfg' }] }).catch(
      (e: unknown) => e,
    )) as ProcessError
    expect(err).toBeInstanceOf(ProcessError)
    expect(err.failure).toBe('config-not-found')
    expect(err.message).toMatch(/Can't find target\/no-such-chip.cfg/)
  })

  it('names a probe that is not there', async () => {
    const err = (await Session.start({
      config: [{ file: 'interface/stlink.cfg' }, { file: 'target/stm32f1x.cfg' }],
    }).catch((e: unknown) => e)) as ProcessError
    expect(err).toBeInstanceOf(ProcessError)
    expect(err.failure).toBe('probe-not-found')
    expect(err.logTail).toMatch(/open failed/)
  })

  it('names a target that does not answer', async () => {
    const err = (await Session.start({ config: [...DUMMY, { file: 'target/stm32f1x.cfg' }] }).catch(
      (e: unknown) => e,
    )) as ProcessError
    expect(err).toBeInstanceOf(ProcessError)
    expect(err.failure).toBe('target-not-responding')
  })

  it('names a TCL port already in use', async () => {
    const blocker = net.createServer()
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r))
    const port = (blocker.address() as net.AddressInfo).port
    try {
      const err = (await Session.start({ config: DUMMY, ports: { tcl: port }, init: false }).catch(
        (e: unknown) => e,
      )) as ProcessError
      expect(err).toBeInstanceOf(ProcessError)
      expect(err.failure).toBe('port-in-use')
    } finally {
      blocker.close()
    }
  })
})
