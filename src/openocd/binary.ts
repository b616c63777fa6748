// Finding an OpenOCD binary and the facts it tells about itself: its file
// name, the version it reports and where its scripts are. Shared by the
// action's provisioning and the CLI's doctor, which word the advice for
// their own users, so nothing here names an input or an option.
import { execFile } from 'node:child_process'
import { constants } from 'node:fs'
import { access, realpath, stat } from 'node:fs/promises'
import { delimiter, dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

/** Running a binary to learn its version failed; `cause` is why. */
export class BinaryError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'BinaryError'
  }
}

export function openOcdFileName(platform: string = process.platform): string {
  return platform.startsWith('win32') ? 'openocd.exe' : 'openocd'
}

/** The first executable `openocd` along PATH, or undefined. */
export async function findOpenOcdOnPath(
  pathVar = process.env.PATH ?? '',
): Promise<string | undefined> {
  const name = openOcdFileName()
  for (const dir of pathVar.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name)
    if (await isExecutableFile(candidate)) return candidate
  }
  return undefined
}

/** Why `path` cannot be run as a program, or undefined when it can. */
export async function executableProblem(path: string): Promise<string | undefined> {
  const info = await stat(resolve(path)).catch(() => undefined)
  if (info === undefined) return 'does not exist'
  if (!(await isExecutableFile(resolve(path)))) return 'is not an executable file'
  return undefined
}

async function isExecutableFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined)
  if (!info?.isFile()) return false
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  )
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
    throw new BinaryError(`Running "${binary} --version" failed: ${(error as Error).message}`, {
      cause: error,
    })
  }
  const line = stderr.split(/\r?\n/).find((l) => l.trim() !== '')
  if (line === undefined) {
    throw new BinaryError(`"${binary} --version" printed no version on stderr.`)
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
