// The report folder, which becomes the artifact: it must hold this run's
// evidence only, so a folder the user names must be empty or new.
import { mkdir, mkdtemp, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { InputError } from './inputs.js'

export async function prepareReportDir(given: string | undefined): Promise<string> {
  if (given === undefined) {
    const base = process.env.RUNNER_TEMP || os.tmpdir()
    await mkdir(base, { recursive: true })
    return mkdtemp(path.join(base, 'openocd-flash-report-'))
  }
  const dir = path.resolve(given)
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw new InputError('report-dir', `cannot read ${dir}: ${error.message}`)
  })
  if (entries.length > 0) {
    const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', ...' : '')
    throw new InputError(
      'report-dir',
      `${dir} already holds files (${shown}); give an empty or new folder so the artifact holds this run's evidence only`,
    )
  }
  await mkdir(dir, { recursive: true })
  return dir
}
