// The run's inputs, read once before OpenOCD starts: every image is parsed
// into the bytes the plan and the write step use (so what is planned is what
// is programmed, even if the file changes during the run), and every
// reference file is read into the bytes its verify step compares (so the
// report's hash is of what was compared). A bad input is invalid input
// (exit 2), named with its step file line, before anything is touched.
import { readFile, stat } from 'node:fs/promises'
import { readImage, type Image } from '../image/index.js'
import { digest, type FileDigest } from '../util/hash.js'
import { SourceError, type SourceProblem } from '../util/yaml-schema.js'
import type { StepPlanFile } from './load.js'

/** A verify step's reference file as it was read. */
export interface Reference {
  data: Uint8Array
  file: FileDigest
}

export interface InputSnapshot {
  /** Parsed images of write and verify steps, by step index. */
  images: ReadonlyMap<number, Image>
  /** Reference files of verify-bank steps, by step index. */
  references: ReadonlyMap<number, Reference>
}

export async function snapshotInputs(plan: StepPlanFile): Promise<InputSnapshot> {
  const images = new Map<number, Image>()
  const references = new Map<number, Reference>()
  const problems: SourceProblem[] = []
  for (const step of plan.steps) {
    const problem = (key: string, file: string, message: string) =>
      problems.push({
        file: plan.file,
        line: step.line,
        column: 1,
        path: `steps[${step.index}].${key}`,
        message: `step ${step.index + 1} (${step.name}): '${file}': ${message}`,
      })
    try {
      if (step.kind === 'write' || step.kind === 'verify') {
        const key = `${step.kind}.image`
        if (!(await stat(step.image.path)).isFile())
          problem(key, step.image.path, 'not a regular file')
        else images.set(step.index, await readImage(step.image.path, step.image))
      } else if (step.kind === 'verify-bank') {
        const info = await stat(step.file)
        if (!info.isFile()) problem('verify.file', step.file, 'not a regular file')
        else if (info.size === 0) problem('verify.file', step.file, 'the file is empty')
        else {
          const data = new Uint8Array(await readFile(step.file))
          references.set(step.index, { data, file: digest(data) })
        }
      }
    } catch (err) {
      const file = step.kind === 'verify-bank' ? step.file : 'image' in step ? step.image.path : ''
      problem(
        step.kind === 'verify-bank' ? 'verify.file' : `${step.kind}.image`,
        file,
        (err as Error).message,
      )
    }
  }
  if (problems.length) throw new SourceError(problems)
  return { images, references }
}
