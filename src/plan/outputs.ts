// Every file a run writes, by its real path: backups (after {bank}
// expansion), dumps and the run's own files. Two outputs on one path, an
// output on one of the run's inputs, or an output that a symlink leads out of
// the report folder would destroy data the run depends on (a backup
// overwritten by a dump, then "restored" over the chip), so such a plan is
// refused before OpenOCD starts. The check runs twice: before connecting,
// with what the step file alone says, and after `flash list`, when
// `bank: all` is known to mean a list of banks.
import path from 'node:path'
import { realPath } from '../util/real-path.js'
import type { Step } from './steps.js'

/** Files the run itself writes into the report folder. */
export const RUN_FILES = [
  'report.json',
  'report.md',
  'junit.xml',
  'openocd.log',
  'flash-map.svg',
] as const

export interface OutputProblem {
  step: Step
  message: string
}

const BANK = '{bank}'

/** The log of connection attempt `attempt`: the first is openocd.log, as without retries. */
export function attemptLog(attempt: number): string {
  return attempt === 1 ? 'openocd.log' : `openocd-attempt-${attempt}.log`
}

/** The log of the OpenOCD a power-cycle step starts. */
export function powerCycleLog(step: Step): string {
  return `openocd-power-cycle-${step.index + 1}.log`
}

/** A backup's file name for one bank. */
export function backupFileName(pattern: string, bank: number): string {
  return pattern.split(BANK).join(String(bank))
}

/**
 * Problems with the run's outputs. `banks` are the indices `bank: all` means;
 * before connecting they are unknown, and such a backup is only checked for
 * a {bank} in its name.
 */
export function checkOutputs(
  steps: readonly Step[],
  opts: {
    outDir: string
    inputs?: readonly string[]
    banks?: readonly number[]
    /** Connection retries: each retry writes its own OpenOCD log. */
    retries?: number
  },
): OutputProblem[] {
  const outDir = realPath(path.resolve(opts.outDir))
  const problems: OutputProblem[] = []
  // real path → who writes or reads it
  const owners = new Map<string, string>()
  for (const name of RUN_FILES) owners.set(path.join(outDir, name), `the run's own ${name}`)
  for (let attempt = 2; attempt <= (opts.retries ?? 0) + 1; attempt++)
    owners.set(
      path.join(outDir, attemptLog(attempt)),
      `the OpenOCD log of connection attempt ${attempt}`,
    )
  const inputs = new Map<string, string>()
  for (const input of opts.inputs ?? []) inputs.set(realPath(path.resolve(input)), 'the step file')
  for (const step of steps) {
    if (step.kind === 'write' || step.kind === 'verify')
      inputs.set(realPath(step.image.path), `the image of step ${step.index + 1} (${step.name})`)
    if (step.kind === 'verify-bank' && step.file)
      inputs.set(realPath(step.file), `the reference file of step ${step.index + 1} (${step.name})`)
  }
  for (const step of steps) {
    for (const { name, what } of outputsOf(step, opts.banks, problems)) {
      const file = realPath(path.resolve(outDir, name))
      if (file !== outDir && !file.startsWith(outDir + path.sep)) {
        problems.push({
          step,
          message: `${what} '${name}' leads outside the report folder (to ${file}), through a symbolic link`,
        })
        continue
      }
      const input = inputs.get(file)
      if (input) {
        problems.push({
          step,
          message: `${what} '${name}' would overwrite ${input}: choose another file name or report folder`,
        })
        continue
      }
      const owner = owners.get(file)
      if (owner) {
        problems.push({
          step,
          message: `${what} '${name}' would overwrite ${owner}: every file a run writes needs its own name`,
        })
        continue
      }
      owners.set(file, `${what} of step ${step.index + 1} (${step.name})`)
    }
  }
  return problems
}

function outputsOf(
  step: Step,
  banks: readonly number[] | undefined,
  problems: OutputProblem[],
): Array<{ name: string; what: string }> {
  if (step.kind === 'dump') return [{ name: step.file, what: 'the dump' }]
  if (step.kind === 'power-cycle')
    return [{ name: powerCycleLog(step), what: 'the OpenOCD log after the power cycle' }]
  if (step.kind !== 'backup') return []
  if (step.bank !== 'all')
    return [{ name: backupFileName(step.file, step.bank), what: `the backup of bank ${step.bank}` }]
  if (!step.file.includes(BANK)) {
    problems.push({
      step,
      message: `'bank: all' writes one file per bank, but '${step.file}' has no {bank} in it: the banks would overwrite each other's backup (e.g. backup-bank{bank}.bin)`,
    })
    return []
  }
  // Before connecting, the pattern itself stands for its files: two equal
  // patterns collide whatever the banks are.
  if (!banks) return [{ name: step.file, what: 'the backups' }]
  return banks.map((b) => ({ name: backupFileName(step.file, b), what: `the backup of bank ${b}` }))
}
