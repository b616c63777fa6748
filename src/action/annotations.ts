// Error annotations for what went wrong in the step file: each problem found
// while validating it, and each failed step, at its line. Inline steps have
// no file in the repository to point at, so their line goes in the message.
import * as core from '@actions/core'
import path from 'node:path'
import type { Report } from '../report/model.js'

export interface StepSource {
  /** The step file as the report names it. */
  file: string
  /** The step file's path from the workspace root, when it is a file there. */
  repoPath?: string
}

/** The path GitHub needs to place an annotation: relative to the workspace, with `/`. */
export function repoPath(file: string, workspace: string): string | undefined {
  const rel = path.relative(workspace, path.resolve(workspace, file))
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined
  return rel.split(path.sep).join('/')
}

// `file:line:column: message`, as the engine formats step-file problems.
const PROBLEM = /^(.+?):(\d+):(\d+): (.*)$/s

export function annotate(report: Report, source: StepSource): void {
  for (const problem of report.problems) {
    const m = PROBLEM.exec(problem)
    if (m === null || m[1] !== source.file) {
      core.error(problem, { title: 'Invalid step file' })
      continue
    }
    emit(m[4], 'Invalid step file', source, Number(m[2]), Number(m[3]))
  }
  // A step a cancelled job interrupted did not fail of itself: the job's own message says enough.
  if (report.result === 'cancelled') return
  for (const step of report.steps) {
    if (step.status !== 'failed' && step.status !== 'timeout') continue
    const what = `Step ${step.index + 1} (${step.name}) ${step.status === 'timeout' ? 'timed out' : 'failed'}`
    emit(`${what}: ${step.error?.message ?? 'no error message'}`, what, source, step.line)
  }
}

function emit(
  message: string,
  title: string,
  source: StepSource,
  line: number,
  column?: number,
): void {
  if (source.repoPath === undefined) {
    core.error(`${source.file} line ${line}: ${message}`, { title })
  } else {
    core.error(message, { title, file: source.repoPath, startLine: line, startColumn: column })
  }
}
