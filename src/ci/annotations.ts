// What went wrong in the step file, as annotations any CI can place: each
// problem found while validating it (carried from validation as data), and
// each failed step, at its line. Inline steps have no file in the repository
// to point at, so their line goes in the message.
import path from 'node:path'
import type { Report } from '../report/model.js'
import { formatProblem } from '../util/yaml-schema.js'

export interface StepSource {
  /** The step file as the report names it. */
  file: string
  /** The step file's path from the workspace root, when it is a file there. */
  repoPath?: string
}

export interface Annotation {
  title: string
  message: string
  /** Relative to the workspace, with `/`; absent when the source is not a file there. */
  file?: string
  line?: number
  column?: number
}

/** The path a CI needs to place an annotation: relative to the workspace, with `/`. */
export function repoPath(file: string, workspace: string): string | undefined {
  const rel = path.relative(workspace, path.resolve(workspace, file))
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined
  return rel.split(path.sep).join('/')
}

export function annotations(report: Report, source: StepSource): Annotation[] {
  const out: Annotation[] = []
  const title = 'Invalid step file'
  for (const p of report.problems) {
    if (p.file !== source.file) out.push({ title, message: formatProblem(p) })
    else
      out.push(
        placed(`${p.message}${p.path ? ` (${p.path})` : ''}`, title, source, p.line, p.column),
      )
  }
  // A step a cancelled job interrupted did not fail of itself: the job's own message says enough.
  if (report.result === 'cancelled') return out
  for (const step of report.steps) {
    if (step.status !== 'failed' && step.status !== 'timeout') continue
    const what = `Step ${step.index + 1} (${step.name}) ${step.status === 'timeout' ? 'timed out' : 'failed'}`
    out.push(
      placed(`${what}: ${step.error?.message ?? 'no error message'}`, what, source, step.line),
    )
  }
  return out
}

function placed(
  message: string,
  title: string,
  source: StepSource,
  line: number,
  column?: number,
): Annotation {
  if (source.repoPath === undefined)
    return { title, message: `${source.file} line ${line}: ${message}` }
  return { title, message, file: source.repoPath, line, column }
}
