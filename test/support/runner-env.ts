// The environment the Actions runner gives `node dist/index.js`, built for a
// test that spawns the action the way the runner does, and a reader for the
// file commands (GITHUB_OUTPUT, GITHUB_STATE, ...) it writes back.
import { access, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'

export interface RunnerEnvOptions {
  /** An empty folder to hold the workspace, temp, tool cache, home and file-command files. */
  root: string
  /** Defaults come from this action.yml when it exists (the runner applies them, not @actions/core). */
  actionYml?: string
  /** Input values by their action.yml name, over the defaults. */
  inputs?: Record<string, string>
  /** ACTIONS_RESULTS_URL, e.g. the artifact stand-in's url. */
  resultsUrl?: string
  /** Shared with another run so a second job sees the first one's cache. */
  toolCache?: string
  /** Anything else, last. */
  extra?: Record<string, string>
}

export interface FileCommandFiles {
  output: string
  state: string
  env: string
  path: string
  summary: string
}

export interface RunnerEnv {
  env: Record<string, string>
  /** The cwd the runner uses. */
  workspace: string
  files: FileCommandFiles
}

export async function createRunnerEnv(options: RunnerEnvOptions): Promise<RunnerEnv> {
  const { root } = options
  const dirs = {
    workspace: join(root, 'workspace'),
    temp: join(root, 'temp'),
    toolCache: options.toolCache ?? join(root, 'tool-cache'),
    home: join(root, 'home'),
    commands: join(root, 'temp', '_runner_file_commands'),
  }
  for (const dir of Object.values(dirs)) await mkdir(dir, { recursive: true })

  // The file-command files must exist: @actions/core throws "Missing file at path" otherwise.
  const files: FileCommandFiles = {
    output: join(dirs.commands, 'set_output'),
    state: join(dirs.commands, 'save_state'),
    env: join(dirs.commands, 'set_env'),
    path: join(dirs.commands, 'add_path'),
    summary: join(dirs.commands, 'step_summary'),
  }
  for (const file of Object.values(files)) await writeFile(file, '')

  const defaults = options.actionYml ? await actionDefaults(options.actionYml) : {}
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin', // tool-cache shells out to tar and unzip
    HOME: dirs.home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_SERVER_URL: 'https://github.com', // any other host makes @actions/artifact refuse (GHES)
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: dirs.toolCache,
    RUNNER_OS: RUNNER_OS[process.platform] ?? process.platform,
    RUNNER_ARCH: RUNNER_ARCH[process.arch] ?? process.arch,
    RUNNER_NAME: 'stand-in',
    RUNNER_ENVIRONMENT: 'self-hosted',
    ACTIONS_RUNTIME_TOKEN: runtimeToken(),
    ...(options.resultsUrl ? { ACTIONS_RESULTS_URL: options.resultsUrl } : {}),
    ...inputEnv({ ...defaults, ...options.inputs }),
    ...options.extra,
  }
  return { env, workspace: dirs.workspace, files }
}

const RUNNER_OS: Partial<Record<string, string>> = {
  linux: 'Linux',
  darwin: 'macOS',
  win32: 'Windows',
}
const RUNNER_ARCH: Partial<Record<string, string>> = {
  x64: 'X64',
  arm64: 'ARM64',
  arm: 'ARM',
  ia32: 'X86',
}

/** `INPUT_<NAME>` as the runner spells it: spaces become `_`, upper case, hyphens kept. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  )
}

/** The `default` of every input in action.yml, as the strings the runner passes; none if the file is absent. */
export async function actionDefaults(actionYml: string): Promise<Record<string, string>> {
  const exists = await access(actionYml).then(
    () => true,
    () => false,
  )
  if (!exists) return {}
  const manifest = parse(await readFile(actionYml, 'utf8')) as {
    inputs?: Record<string, { default?: unknown } | null>
  }
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(manifest.inputs ?? {})) {
    if (input?.default !== undefined && input.default !== null)
      defaults[name] = String(input.default)
  }
  return defaults
}

/**
 * An unsigned JWT like the runner's: @actions/artifact only decodes it, and
 * needs the `Actions.Results:<run>:<job>` scope for its backend ids.
 */
export function runtimeToken(run = 'run-1', job = 'job-1'): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.ExampleScope Actions.Results:${run}:${job}` })}.stand-in`
}

/** `STATE_<name>` variables for the post step, from what main saved (names are not upper-cased). */
export function stateEnv(state: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]))
}

/**
 * Parses a file-command file: `name<<DELIMITER` heredocs (what @actions/core
 * writes) and plain `name=value` lines (what shell steps write). A later value
 * for a name replaces an earlier one, as with the runner.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const end = lines.indexOf(delimiter, i + 1)
      if (end < 0)
        throw new Error(
          `"${name}" starts a value ending at ${delimiter}, but that line never comes`,
        )
      values[name] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new Error(`not a file command: ${JSON.stringify(line)}`)
    values[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return values
}

export async function readFileCommands(file: string): Promise<Record<string, string>> {
  return parseFileCommands(await readFile(file, 'utf8'))
}
