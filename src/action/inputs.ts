// Reads the action's inputs and checks each one, so a mistake is reported
// naming the input before anything is downloaded or started.
import * as core from '@actions/core'
import type { BoardChoice } from '../board/select.js'
import { parseDuration } from '../util/units.js'
import type { OpenOcdRequest } from './provision/install.js'

export class InputError extends Error {
  constructor(input: string, message: string) {
    super(`input '${input}': ${message}`)
    this.name = 'InputError'
  }
}

export interface Plan {
  /** The step file, or for inline steps only a name for messages (its folder is the workspace). */
  file: string
  /** The inline YAML of `steps`. */
  text?: string
}

export interface ActionInputs {
  plan: Plan
  board: Omit<BoardChoice, 'searchDirs'>
  openocd: OpenOcdRequest
  dryRun: boolean
  upload: boolean
  artifactName: string
  retentionDays?: number
  /** Empty: a new folder under the runner's temp folder. */
  reportDir?: string
  /** Both limits: undefined/Infinity when the input is empty. */
  timeoutMs?: number
  lockTimeoutMs: number
}

/** How inline steps are named in messages and the report; relative to the workspace (the cwd). */
export const INLINE_STEPS = '<steps input>'

export function readInputs(): ActionInputs {
  return {
    plan: readPlan(),
    board: {
      board: optional('board'),
      inventory: optional('inventory'),
      interface: core.getMultilineInput('interface'),
      target: core.getMultilineInput('target'),
      config: core.getMultilineInput('config'),
      serial: optional('adapter-serial'),
      speed: wholeNumber('adapter-speed', 1, 1_000_000),
      transport: optional('transport'),
      connectUnderReset: boolean('connect-under-reset'),
      commands: core.getMultilineInput('commands'),
      faults: [],
    },
    openocd: readOpenOcd(),
    dryRun: boolean('dry-run'),
    upload: boolean('upload'),
    artifactName: artifactName(),
    retentionDays: wholeNumber('retention-days', 1, 90),
    reportDir: optional('report-dir'),
    timeoutMs: duration('timeout'),
    lockTimeoutMs: duration('lock-timeout') ?? Infinity,
  }
}

function optional(name: string): string | undefined {
  return core.getInput(name) || undefined
}

function readPlan(): Plan {
  const text = core.getInput('steps', { trimWhitespace: false })
  const file = optional('steps-file')
  if (text.trim() && file)
    throw new InputError('steps', 'give the plan either inline in steps or in steps-file, not both')
  if (file) return { file }
  if (text.trim()) return { file: INLINE_STEPS, text }
  throw new InputError(
    'steps',
    'no plan: give the steps inline (steps) or the path of a step file (steps-file)',
  )
}

function readOpenOcd(): OpenOcdRequest {
  const version = optional('openocd-version')
  const path = optional('openocd-path')
  const url = optional('openocd-url')
  const sha256 = optional('openocd-sha256')
  const download = url !== undefined || sha256 !== undefined
  if (path !== undefined) {
    if (download)
      throw new InputError(
        'openocd-path',
        'names a binary to use, so leave openocd-url and openocd-sha256 empty',
      )
    if (version === 'system')
      throw new InputError(
        'openocd-path',
        `names a binary to use, so openocd-version cannot also be "system"`,
      )
    return { kind: 'path', path }
  }
  if (version === 'system') {
    if (download)
      throw new InputError(
        'openocd-version',
        '"system" uses the openocd on PATH, so leave openocd-url and openocd-sha256 empty',
      )
    return { kind: 'system' }
  }
  if (version === undefined)
    throw new InputError('openocd-version', 'give an xPack release such as 0.12.0-7, or "system"')
  return { kind: 'xpack', version, url, sha256 }
}

function boolean(name: string): boolean {
  try {
    return core.getBooleanInput(name)
  } catch {
    throw new InputError(name, `'${core.getInput(name)}' is not true or false`)
  }
}

function wholeNumber(name: string, min: number, max: number): number | undefined {
  const value = optional(name)
  if (value === undefined) return undefined
  const n = /^\d+$/.test(value) ? Number(value) : NaN
  if (!(n >= min && n <= max))
    throw new InputError(name, `'${value}' is not a whole number from ${min} to ${max}`)
  return n
}

/** Empty means no limit. */
function duration(name: string): number | undefined {
  const value = optional(name)
  if (value === undefined) return undefined
  const problem = `is not a duration such as 30s, 500ms or 10m`
  const ms = parseDuration(value)
  if (ms === undefined) throw new InputError(name, `'${value}' ${problem}`)
  if (ms <= 0) throw new InputError(name, `'${value}' ${problem}, above zero`)
  return ms
}

// The characters the artifact service refuses; checked now rather than after the run.
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/

function artifactName(): string {
  const name = core.getInput('artifact-name')
  if (!name) throw new InputError('artifact-name', 'must not be empty')
  if (ARTIFACT_NAME_FORBIDDEN.test(name))
    throw new InputError(
      'artifact-name',
      `'${name}' holds a character artifact names cannot have (" : < > | * ? \\ / or a line break)`,
    )
  return name
}
