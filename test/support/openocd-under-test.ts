// The OpenOCD the suite runs: Debian's `openocd` on PATH, or the build that
// OPENOCD_FLASH_TEST_OPENOCD names (e.g. one from scripts/build-openocd.sh).
// Its folder goes first on PATH for the test workers and everything they
// start, so tests, the CLI and the action all find it as `openocd`.
// OPENOCD_FLASH_SIM_TRANSPORT=swd (read by the virtual target) runs the
// virtual boards over SWD; that needs a build after 0.12.0.
import { accessSync, constants, mkdtempSync, symlinkSync } from 'node:fs'
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
