import * as core from '@actions/core'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  actionDefaults,
  createRunnerEnv,
  parseFileCommands,
  readFileCommands,
  stateEnv,
} from '../support/runner-env.js'

const execFileAsync = promisify(execFile)
const repo = join(import.meta.dirname, '..', '..')

let work: string

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'runner-env-'))
})

afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(work, { recursive: true, force: true })
})

describe('parseFileCommands', () => {
  it('reads back what @actions/core writes, multi-line values included', async () => {
    const output = join(work, 'output')
    const state = join(work, 'state')
    await writeFile(output, '')
    await writeFile(state, '')
    vi.stubEnv('GITHUB_OUTPUT', output)
    vi.stubEnv('GITHUB_STATE', state)

    core.setOutput('result', 'success')
    core.setOutput('summary', 'line one\nline two\n')
    core.setOutput('verified', true)
    core.saveState('openocd-pid', 4321)

    expect(await readFile(output, 'utf8')).toMatch(/^result<<ghadelimiter_[0-9a-f-]+\n/)
    expect(await readFileCommands(output)).toEqual({
      result: 'success',
      summary: 'line one\nline two\n',
      verified: 'true',
    })
    expect(await readFileCommands(state)).toEqual({ 'openocd-pid': '4321' })
  })

  it('reads name=value lines, and a later value wins', () => {
    expect(parseFileCommands('a=1\nb=x=y\r\nc<<EOF\nq\nEOF\na=2\n')).toEqual({
      a: '2',
      b: 'x=y',
      c: 'q',
    })
  })

  it('rejects an unterminated heredoc and a line that is no command', () => {
    expect(() => parseFileCommands('c<<EOF\nq\n')).toThrow(/"c" starts a value ending at EOF/)
    expect(() => parseFileCommands('just text\n')).toThrow(/not a file command/)
  })
})

describe('createRunnerEnv', () => {
  const actionYml = [
    'name: t',
    'inputs:',
    '  artifact-name: { description: a, default: openocd-flash-report }',
    '  retention-days: { description: r, default: 7 }',
    '  upload: { description: u, default: true }',
    '  steps: { description: s }',
    'runs: { using: node24, main: dist/index.js }',
  ].join('\n')

  it('applies action.yml defaults as INPUT_* with hyphens kept, inputs over them, nothing inherited', async () => {
    await writeFile(join(work, 'action.yml'), actionYml)
    vi.stubEnv('LEAKED_FROM_DEVELOPER', 'x')
    const { env, files } = await createRunnerEnv({
      root: join(work, 'run'),
      actionYml: join(work, 'action.yml'),
      inputs: { upload: 'false' },
      resultsUrl: 'http://127.0.0.1:1/',
    })

    expect(env).toMatchObject({
      'INPUT_ARTIFACT-NAME': 'openocd-flash-report',
      'INPUT_RETENTION-DAYS': '7',
      INPUT_UPLOAD: 'false',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
    })
    expect(env.RUNNER_OS).toMatch(/^(Linux|macOS|Windows)$/)
    expect(env.RUNNER_ARCH).toMatch(/^(X64|ARM64|ARM|X86)$/)
    expect(env).not.toHaveProperty('INPUT_STEPS')
    expect(env).not.toHaveProperty('LEAKED_FROM_DEVELOPER')
    expect(env.HOME).toBe(join(work, 'run', 'home'))
    for (const file of Object.values(files)) expect(await readFile(file, 'utf8')).toBe('')
  })

  it('has no defaults when action.yml does not exist', async () => {
    expect(await actionDefaults(join(work, 'action.yml'))).toEqual({})
  })

  it('lets a spawned action read inputs, write outputs and state, and post read the state', async () => {
    const { env, files } = await createRunnerEnv({
      root: work,
      inputs: { 'artifact-name': 'evidence' },
    })
    const node = (script: string, extraEnv: Record<string, string> = {}) =>
      execFileAsync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: repo, // resolves @actions/core from this checkout
        env: { ...env, ...extraEnv },
      })

    await node(
      `import * as core from '@actions/core'
       core.setOutput('name', core.getInput('artifact-name'))
       core.saveState('pid', String(process.pid))`,
    )
    const outputs = await readFileCommands(files.output)
    const state = await readFileCommands(files.state)
    expect(outputs).toEqual({ name: 'evidence' })
    expect(state.pid).toMatch(/^\d+$/)

    const { stdout } = await node(
      `import * as core from '@actions/core'; console.log(core.getState('pid'))`,
      stateEnv(state),
    )
    expect(stdout.trim()).toBe(state.pid)
  })
})
