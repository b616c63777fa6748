// The post step's guard against pid reuse: only the very OpenOCD main started
// is signalled, never another process that now has its pid.
import { spawn, type ChildProcess } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { processStart, stopLeftoverOpenOcd } from '../../src/action/leftover.js'

const started: ChildProcess[] = []

/** A detached process group leader, as the engine starts OpenOCD. */
async function start(command: string, args: string[]): Promise<number> {
  const child = spawn(command, args, { detached: true, stdio: 'ignore' })
  started.push(child)
  await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject))
  return child.pid!
}

// An OpenOCD without probe or servers: it just waits, like one left behind.
const IDLE = [
  'gdb_port disabled',
  'telnet_port disabled',
  'tcl_port disabled',
  'adapter driver dummy',
  'transport select jtag',
  'noinit',
]
const idleOpenOcd = () =>
  start(
    'openocd',
    IDLE.flatMap((c) => ['-c', c]),
  )

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

const running = (pid: number) => processStart(pid) !== undefined

describe('stopLeftoverOpenOcd', () => {
  it('stops the OpenOCD that was saved, and its process group', async () => {
    const pid = await idleOpenOcd()
    const start = processStart(pid)
    expect(start).toMatch(/^\d+$/)

    expect(await stopLeftoverOpenOcd(pid, start)).toBe('stopped')
    await exited(started[0])
    expect(started[0].signalCode).toBe('SIGTERM')
  })

  it('leaves an OpenOCD alone that started at another time: the pid was reused', async () => {
    const pid = await idleOpenOcd()
    expect(await stopLeftoverOpenOcd(pid, '1')).toBe('reused')
    expect(running(pid)).toBe(true)
  })

  it('leaves a process alone that is not OpenOCD', async () => {
    const pid = await start('sleep', ['30'])
    expect(await stopLeftoverOpenOcd(pid, processStart(pid))).toBe('reused')
    expect(running(pid)).toBe(true)
  })

  it('has nothing to do when the process is gone', async () => {
    const pid = await start('true', [])
    await exited(started[0])
    expect(await stopLeftoverOpenOcd(pid, undefined)).toBe('gone')
  })
})
