// Facts about an OpenOCD binary that is already trusted: its file name, the
// version it reports and where its scripts are.
import { execFile } from 'node:child_process'
import { access, realpath } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { ProvisionError } from './errors.js'

const execFileAsync = promisify(execFile)

export function openOcdFileName(platform: string = process.platform): string {
  return platform.startsWith('win32') ? 'openocd.exe' : 'openocd'
}

/** The first line OpenOCD prints for `--version`, e.g. "Open On-Chip Debugger 0.12.0". */
export async function readOpenOcdVersion(binary: string): Promise<string> {
  let stderr: string
  try {
    ;({ stderr } = await execFileAsync(binary, ['--version'], {
      timeout: 15_000,
      windowsHide: true,
    }))
  } catch (error) {
    throw new ProvisionError(`Running "${binary} --version" failed: ${(error as Error).message}`, {
      cause: error,
    })
  }
  const line = stderr.split(/\r?\n/).find((l) => l.trim() !== '')
  if (line === undefined) {
    throw new ProvisionError(`"${binary} --version" printed no version on stderr.`)
  }
  return line.trim()
}

/**
 * The scripts folder that belongs to this binary: the xPack layout
 * (`<root>/openocd/scripts`) or an install prefix (`<prefix>/share/openocd/scripts`).
 * Links are resolved first, as /usr/bin/openocd may point elsewhere.
 */
export async function findScriptsDir(binary: string): Promise<string | undefined> {
  const prefix = dirname(dirname(await realpath(binary)))
  for (const candidate of [
    join(prefix, 'openocd', 'scripts'),
    join(prefix, 'share', 'openocd', 'scripts'),
  ]) {
    if (await exists(candidate)) return candidate
  }
  return undefined
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}
