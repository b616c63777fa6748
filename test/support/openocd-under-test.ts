// The OpenOCD the suite runs: Debian's `openocd` on PATH, or the build that
// OPENOCD_FLASH_TEST_OPENOCD names (e.g. one from scripts/build-openocd.sh).
// Its folder goes first on PATH for the test workers and everything they
// start, so tests, the CLI and the action all find it as `openocd`.
// OPENOCD_FLASH_SIM_TRANSPORT=swd (read by the virtual target) runs the
// virtual boards over SWD; that needs a build after 0.12.0.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const OPENOCD_UNDER_TEST = 'OPENOCD_FLASH_TEST_OPENOCD'

export function useOpenOcdUnderTest(env: NodeJS.ProcessEnv): void {
  const binary = env[OPENOCD_UNDER_TEST]
  if (!binary) return
  const file = path.resolve(binary)
  try {
    accessSync(file, constants.X_OK)
  } catch {
    throw new Error(`${OPENOCD_UNDER_TEST}=${binary}: not an executable file`)
  }
  let dir = path.dirname(file)
  if (path.basename(file) !== 'openocd') {
    dir = mkdtempSync(path.join(os.tmpdir(), 'openocd-under-test-'))
    symlinkSync(file, path.join(dir, 'openocd'))
  }
  env.PATH = `${dir}${path.delimiter}${env.PATH ?? ''}`
}

/** Debian's OpenOCD, as the provisioning finds and names it. */
export const DEBIAN_OPENOCD = {
  binary: '/usr/bin/openocd',
  scriptsDir: '/usr/share/openocd/scripts',
  version: 'Open On-Chip Debugger 0.12.0',
} as const

/**
 * The `openocd` first on PATH, as the provisioning should find and name it:
 * Debian's, or the build under test (its banner carries its build date, so
 * it is read from the binary).
 */
export function openOcdOnPath(env: NodeJS.ProcessEnv = process.env): {
  binary: string
  scriptsDir: string
  version: string
} {
  if (!env[OPENOCD_UNDER_TEST]) return DEBIAN_OPENOCD
  const binary = (env.PATH ?? '')
    .split(path.delimiter)
    .map((dir) => path.join(dir, 'openocd'))
    .find((file) => existsSync(file))
  if (!binary) throw new Error('no openocd on PATH')
  const prefix = path.dirname(path.dirname(realpathSync(binary)))
  const { stderr } = spawnSync(binary, ['--version'], { encoding: 'utf8' })
  return {
    binary,
    scriptsDir: path.join(prefix, 'share', 'openocd', 'scripts'),
    version: stderr.split('\n')[0].trim(),
  }
}
