// Real paths of files that may not exist yet: where a write would land.
import { lstatSync, readlinkSync, realpathSync } from 'node:fs'
import path from 'node:path'

/**
 * The real path of `file`, also when it does not exist yet: the deepest
 * existing folder on the way is resolved and the rest appended, and a
 * dangling symbolic link is followed to where a write would go.
 */
export function realPath(file: string, depth = 0): string {
  try {
    return realpathSync(file)
  } catch {
    // missing, or a dangling or looping link
  }
  const parent = path.dirname(file)
  if (parent === file || depth > 40) return file
  const link = isSymlink(file) ? readlinkSync(file) : undefined
  if (link !== undefined) return realPath(path.resolve(parent, link), depth + 1)
  return path.join(realPath(parent, depth + 1), path.basename(file))
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}
