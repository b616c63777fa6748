// Loads a step file and checks everything that can be checked without a
// target: schema, image files, addresses, opt-ins. Every problem names the
// file, line and column, and the step.
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'
import { imageFormat } from '../image/index.js'
import {
  formatPath,
  parseYaml,
  readYamlFile,
  SourceError,
  type SourceProblem,
} from '../util/yaml-schema.js'
import { MAX_SECTOR, stepFileSchema, type Area, type StepFile } from './schema.js'
import { toStep, type Step } from './steps.js'
import { hex } from './sectors.js'

export interface StepPlanFile {
  file: string
  settings: Omit<StepFile, 'steps'>
  steps: Step[]
}

/** The step file is not there: a mistyped path, said in so many words. */
export class StepFileNotFoundError extends SourceError {
  constructor(file: string) {
    super([{ file, line: 1, column: 1, path: '', message: 'step file not found' }])
    this.name = 'StepFileNotFoundError'
    this.message = `step file not found: ${file}`
  }
}

/** Reads `file` (or `text`, named `file` in messages) and validates it. Throws SourceError. */
export function loadStepFile(
  file: string,
  text?: string,
  baseDir = path.dirname(path.resolve(file)),
): StepPlanFile {
  let source = text
  if (source === undefined) {
    try {
      source = readYamlFile(file)
    } catch (err) {
      if (err instanceof SourceError) throw err
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new StepFileNotFoundError(file)
      throw new SourceError([
        {
          file,
          line: 1,
          column: 1,
          path: '',
          message: `cannot read the step file: ${(err as Error).message}`,
        },
      ])
    }
  }
  const { value, locate } = parseYaml(source, file, stepFileSchema)
  const problems: SourceProblem[] = []
  const problem = (at: PropertyKey[], message: string) =>
    problems.push({ file, ...locate(at), path: formatPath(at), message })

  const steps = value.steps.map((raw, i) => toStep(raw, i, locate(['steps', i]).line, baseDir))
  let lastElf: string | undefined
  for (const step of steps) {
    const at = (...rest: PropertyKey[]) => ['steps', step.index, ...rest]
    const named = (msg: string) => `step ${step.index + 1} (${step.name}): ${msg}`
    switch (step.kind) {
      case 'write':
      case 'verify': {
        const key = step.kind
        checkReadable(step.image.path, (m) => problem(at(key, 'image'), named(m)))
        const format = imageFormat(step.image.path, step.image.format)
        if (!format)
          problem(
            at(key, 'image'),
            named(
              `cannot tell the image format from the extension: use .bin, .hex or .elf, or set 'format'`,
            ),
          )
        if (step.kind === 'write' && format === 'elf') lastElf = step.image.path
        if (format === 'bin' && step.image.address === undefined) {
          problem(
            at(key),
            named(
              `'${path.basename(step.image.path)}' is a raw binary: give its 'address' (e.g. 0x08000000)`,
            ),
          )
        }
        break
      }
      case 'verify-bank': {
        const raw = value.steps[step.index].verify!
        if (raw.file === undefined)
          problem(
            at('verify'),
            named("give either 'image', or 'file' (a golden image) with an optional 'bank'"),
          )
        else checkReadable(step.file, (m) => problem(at('verify', 'file'), named(m)), true)
        break
      }
      case 'erase':
      case 'protect':
      case 'unprotect':
        checkArea(step.area, (m) => problem(at(step.kind), named(m)))
        break
      case 'dump':
        if (step.address + step.size > 2 ** 32)
          problem(
            at('dump', 'size'),
            named(
              `${step.size} bytes from ${hex(step.address)} run past the end of the address space`,
            ),
          )
        checkOutputName(step.file, (m) => problem(at(step.kind, 'file'), named(m)))
        break
      case 'backup':
        checkOutputName(step.file, (m) => problem(at(step.kind, 'file'), named(m)))
        break
      case 'run': {
        const run = step.run
        if (run.elf !== undefined)
          checkReadable(run.elf, (m) => problem(at('run', 'elf'), named(m)))
        else if (run.rtt === undefined) run.elf = lastElf
        if (run.send.length && !run.capture.includes('rtt'))
          problem(at('run', 'send'), named("'send' writes to RTT: add rtt to 'capture'"))
        if (
          run.pass === undefined &&
          run.tests === undefined &&
          !run.capture.includes('semihosting')
        )
          problem(
            at('run'),
            named(
              "nothing decides the verdict: give 'pass' (and/or 'fail'), 'tests', or capture semihosting (the firmware's exit code)",
            ),
          )
        break
      }
      case 'unlock':
        if (!value['allow-mass-erase'])
          problem(
            at('unlock'),
            named(
              "unlock erases the whole chip, and no backup of a read-protected chip is possible: set 'allow-mass-erase: true' at the top of the file to allow it",
            ),
          )
        break
      case 'command':
        if (!value['allow-raw-commands']) {
          problem(
            at('command'),
            named(
              "raw OpenOCD commands bypass every safety check: set 'allow-raw-commands: true' at the top of the file to allow them",
            ),
          )
        }
        break
    }
  }
  if (problems.length) throw new SourceError(problems)
  const { steps: _, ...settings } = value
  return { file, settings, steps }
}

function checkReadable(file: string, report: (m: string) => void, regular = false): void {
  try {
    accessSync(file, constants.R_OK)
  } catch {
    return report(`file not found or not readable: ${file}`)
  }
  // A reference compared with a bank is read whole: a FIFO, device or
  // folder would hang, fail late, or be quoted in the report.
  if (regular && !statSync(file).isFile()) report(`${file} is not a regular file`)
}

function checkArea(area: Area, report: (m: string) => void): void {
  const byAddress = area.address !== undefined || area.size !== undefined
  if (byAddress && area.sectors !== undefined)
    report("give either 'sectors' or 'address' and 'size', not both")
  else if (byAddress && (area.address === undefined || area.size === undefined))
    report("an address range needs both 'address' and 'size'")
  else if (!byAddress && area.sectors === undefined)
    report("say which part of flash: 'sectors' (e.g. 2-7 or all) or 'address' and 'size'")
  if (typeof area.sectors === 'string' && area.sectors !== 'all') {
    const [a, b] = area.sectors.split('-').map((s) => Number(s.trim()))
    if (a > b)
      report(`sector range ${area.sectors} is empty: the first sector must not be after the last`)
    else if (b > MAX_SECTOR)
      report(`sector range ${area.sectors}: no flash bank has a sector above ${MAX_SECTOR}`)
  }
}

function checkOutputName(name: string, report: (m: string) => void): void {
  if (path.isAbsolute(name) || name.split(/[\\/]/).includes('..')) {
    report(`'${name}' must be a relative path inside the output folder`)
  }
}
