// Parses a YAML file and validates it against a zod schema, reporting every
// problem with the file, line and column it comes from.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
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
  const result = schema.safeParse(doc.toJS())
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
