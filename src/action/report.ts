// The CI-neutral readings of a report, handed to @actions/core: step outputs
// and error annotations.
import * as core from '@actions/core'
import { annotations, type StepSource } from '../ci/annotations.js'
import type { Report } from '../report/model.js'

export function setOutputs(outputs: Partial<Record<string, string | number>>): void {
  for (const [name, value] of Object.entries(outputs))
    if (value !== undefined) core.setOutput(name, value)
}

export function annotate(report: Report, source: StepSource): void {
  for (const a of annotations(report, source))
    core.error(a.message, {
      title: a.title,
      file: a.file,
      startLine: a.file === undefined ? undefined : a.line,
      startColumn: a.file === undefined ? undefined : a.column,
    })
}
