// Parses a YAML file and validates it against a zod schema, reporting every
// problem with the file, line and column it comes from.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { readFileSync, statSync } from 'node:fs'
import type { z } from 'zod'

export interface SourceProblem {
  file: string
  line: number
  column: number
  /** The path inside the document, e.g. `steps[2].image`. */
  path: string
  message: string
}

export class SourceError extends Error {
  readonly problems: SourceProblem[]

  constructor(problems: SourceProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'SourceError'
    this.problems = problems
  }
}

export function formatProblem(p: SourceProblem): string {
  const where = p.path ? ` (${p.path})` : ''
  return `${p.file}:${p.line}:${p.column}: ${p.message}${where}`
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else out += out ? `.${String(seg)}` : String(seg)
  }
  return out
}

/** Step files and inventories are small; beyond this, parsing alone could exhaust memory. */
export const MAX_YAML_BYTES = 1024 * 1024
const MAX_ALIAS_COUNT = 100

const tooLarge = (bytes: number) =>
  `the file is ${bytes} bytes: step files and inventories may be at most ${MAX_YAML_BYTES} bytes`

/**
 * Reads a YAML file for parseYaml: refused before reading when too large,
 * and when it is not UTF-8 (its text would be silently altered).
 */
export function readYamlFile(file: string): string {
  const size = statSync(file).size
  if (size > MAX_YAML_BYTES)
    throw new SourceError([{ file, line: 1, column: 1, path: '', message: tooLarge(size) }])
  const bytes = readFileSync(file)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const lossy = bytes.toString('utf8')
    const before = lossy.slice(0, lossy.indexOf('\uFFFD'))
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    throw new SourceError([
      { file, line, column, path: '', message: 'the file is not UTF-8 text (save it as UTF-8)' },
    ])
  }
}

export interface Located<T> {
  value: T
  /** Line and column (1-based) of the node at a path, or of the document start. */
  locate(path: readonly PropertyKey[]): { line: number; column: number }
}

/**
 * Parses `text` (named `file` in messages) and validates it with `schema`.
 * Throws SourceError listing every syntax and schema problem.
 */
export function parseYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): Located<z.output<S>> {
  const whole = (message: string) =>
    new SourceError([{ file, line: 1, column: 1, path: '', message }])
  if (text.length > MAX_YAML_BYTES) throw whole(tooLarge(text.length))
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const locateOffset = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const locate = (path: readonly PropertyKey[]) => locateOffset(nodeOffset(doc, path))

  if (doc.errors.length > 0) {
    throw new SourceError(
      doc.errors.map((e) => ({
        file,
        ...locateOffset(e.pos[0]),
        path: '',
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
      })),
    )
  }
  let data: unknown
  try {
    // An alias bomb (aliases of aliases) would expand to gigabytes.
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err
    throw whole(
      `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} per alias): write the values out`,
    )
  }
  const result = schema.safeParse(data)
  if (!result.success) {
    throw new SourceError(
      result.error.issues.map((issue) => {
        const path = issue.path as PropertyKey[]
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : []
        const at = keys.length > 0 ? [...path, keys[0]] : path
        return {
          file,
          ...locate(at),
          path: formatPath(at),
          message:
            keys.length > 0
              ? `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `'${k}'`).join(', ')}`
              : issue.message,
        }
      }),
    )
  }
  return { value: result.data, locate }
}

// Offset of the deepest node that exists along `path`: for a map entry, the
// key (so "unknown key" points at the key), otherwise the value.
function nodeOffset(doc: Document, path: readonly PropertyKey[]): number {
  let node: Node | null | undefined = doc.contents as Node | null
  let offset = node?.range?.[0] ?? 0
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg))
      if (!pair) break
      offset = (pair.key as Node).range?.[0] ?? offset
      node = pair.value as Node | null
      if (node?.range && !isMap(node) && !isSeq(node)) offset = node.range[0]
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg] as Node | undefined
      if (!node) break
      offset = node.range?.[0] ?? offset
    } else {
      break
    }
  }
  return offset
}
