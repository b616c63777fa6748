// Where a program is, as spawn would find it: a name is looked up along PATH,
// a path is taken as it is.
import { accessSync, constants } from 'node:fs'
import path from 'node:path'

/** A path to `program` that can be run, or undefined. */
export function findExecutable(
  program: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const candidates = program.includes('/')
    ? [path.resolve(program)]
    : (env.PATH ?? '')
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, program))
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}
