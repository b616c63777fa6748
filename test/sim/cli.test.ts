// `openocd-flash sim`: option errors, and a real run — the printed OpenOCD
// arguments connect, and SIGTERM stops it cleanly with the state saved.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import sim from '../../src/cli/commands/sim.js'
import { scratchDirectory } from './support/session.js'
import { CLI_ARGV } from '../support/cli.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Splits a printed command line: plain words and POSIX single-quoted words. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/gu)].map((m) =>
    (m[1] ?? m[2]).replaceAll(`'\\''`, "'"),
  )
}

async function errorsOf(argv: string[]): Promise<{ code: number; message: string }> {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  try {
    const code = await sim(argv)
    return { code, message: error.mock.calls.map((call) => call.join(' ')).join('\n') }
  } finally {
    error.mockRestore()
  }
}

describe('openocd-flash sim', () => {
  it.each([
    [['--port', '0'], '--chip is required'],
    [['--chip', 'stm32f103'], 'give exactly one of --socket PATH and --port N'],
    [['--chip', 'stm32f103', '--port', 'http'], '--port http is not a port number'],
    [
      ['--chip', 'stm32f103', '--port', '0', '--flash-size', 'big'],
      '--flash-size big is not a size',
    ],
    [['--chip', 'stm32f103', '--port', '0', '--frobnicate'], 'unknown option --frobnicate'],
    [['--chip', 'avr', '--port', '0'], 'unknown chip "avr"'],
    [['--chip', 'stm32f103', '--port', '0', '--fault', 'slow:ms=fast'], 'bad fault "slow:ms=fast"'],
  ])('exits with 2 and one line for %j', async (argv, message) => {
    const { code, message: printed } = await errorsOf(argv)
    expect(code).toBe(2)
    expect(printed).toContain(message)
    expect(printed.split('\n')).toHaveLength(1)
  })

  it('prints the OpenOCD arguments, serves them, and saves its state on SIGTERM', async () => {
    const dir = scratchDirectory()
    const socket = join(dir, 'sim.sock')
    const state = join(dir, 'board.state')
    const argv = [
      'sim',
      '--chip',
      'stm32f103',
      '--flash-size',
      '128K',
      '--socket',
      socket,
      '--state',
      state,
    ]
    const cli = spawn(process.execPath, [...CLI_ARGV, ...argv], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    onTestFinished(() => void cli.kill('SIGKILL'))
    const exited = new Promise<number | null>((resolve) => cli.once('exit', resolve))
    let stdout = ''
    cli.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    await expect.poll(() => stdout, { timeout: 60_000 }).toContain('stop with Ctrl-C')
    expect(stdout).toContain(
      `virtual STM32F103CB (128 KiB flash) listening on unix socket ${socket}`,
    )

    const line = stdout.split('\n').find((l) => l.trim().startsWith('openocd '))
    const [command, ...args] = shellWords(line?.trim() ?? '')
    const ocd = spawn(
      command,
      [...args, '-c', 'init', '-c', 'reset halt', '-c', 'flash probe 0', '-c', 'shutdown'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let log = ''
    ocd.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    expect(await new Promise((resolve) => ocd.once('exit', resolve))).toBe(0)
    expect(log).toContain('flash size = 128 KiB')

    cli.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(stdout).toContain(`stopped (SIGTERM), state saved to ${state}`)
    expect(existsSync(state)).toBe(true)
    expect(existsSync(socket)).toBe(false)
  })
})
