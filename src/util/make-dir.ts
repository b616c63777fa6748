// Creates a folder and the folders on its way, one level at a time. Node's
// recursive mkdir spins forever where a parent refuses new entries with
// ENOENT (e.g. under /proc), and says EEXIST when the path is a file; here
// every such case is one clear error at once.
import { mkdirSync, statSync } from 'node:fs'
import path from 'node:path'

export class DirectoryError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DirectoryError'
  }
}

/** Makes `dir` (absolute or relative) a folder; `what` names it in messages. */
export function makeDirectory(dir: string, what: string): void {
  const missing: string[] = []
  let at = path.resolve(dir)
  for (;;) {
    const kind = entryKind(at)
    if (kind === 'dir') break
    if (kind === 'other')
      throw new DirectoryError(`${what} ${dir}: ${at} exists and is not a folder`)
    const parent = path.dirname(at)
    if (parent === at) break
    missing.unshift(at)
    at = parent
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EEXIST' && entryKind(folder) === 'dir') continue
      throw new DirectoryError(
        `${what} ${dir}: cannot create ${folder} (${code ?? (err as Error).message})`,
      )
    }
  }
}

function entryKind(file: string): 'dir' | 'other' | 'none' {
  try {
    return statSync(file).isDirectory() ? 'dir' : 'other'
  } catch {
    return 'none'
  }
}
