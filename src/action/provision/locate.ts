// Finds an OpenOCD that is already installed: on PATH, or at a given path.
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { delimiter, join, resolve } from 'node:path'
import { openOcdFileName } from './binary.js'
import { ProvisionError } from './errors.js'

export async function findOpenOcdOnPath(pathVar = process.env.PATH ?? ''): Promise<string> {
  const name = openOcdFileName()
  for (const dir of pathVar.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name)
    if (await isExecutableFile(candidate)) return candidate
  }
  throw new ProvisionError(
    `${name} was not found on PATH. Install it (apt-get install openocd, brew install open-ocd, ` +
      'or the xPack build), point openocd-path at a binary, or leave system off so the action ' +
      'downloads the pinned xPack OpenOCD.',
  )
}

export async function requireExecutable(path: string): Promise<string> {
  const absolute = resolve(path)
  const info = await stat(absolute).catch(() => undefined)
  if (info === undefined) {
    throw new ProvisionError(`openocd-path ${absolute} does not exist.`)
  }
  if (!(await isExecutableFile(absolute))) {
    throw new ProvisionError(`openocd-path ${absolute} is not an executable file.`)
  }
  return absolute
}

async function isExecutableFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined)
  if (!info?.isFile()) return false
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  )
}
