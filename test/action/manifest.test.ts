// action.yml and the workflows, checked with action-validator (the JSON
// schemas of GitHub's action and workflow syntax, compiled to WASM), and kept
// in step with the code that reads the inputs and the docs that list them.
import { validateAction, validateWorkflow } from '@action-validator/core'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DEFAULT_OPENOCD_VERSION } from '../../src/action/provision/pins.js'
import { ACTION_YML, REPO } from '../support/action.js'

interface Manifest {
  inputs: Record<string, { description?: string; default?: unknown }>
  outputs: Record<string, { description?: string }>
  runs: Record<string, string>
}

const actionText = readFileSync(ACTION_YML, 'utf8')
const manifest = parse(actionText) as Manifest

const workflowDirs = ['.github/workflows', 'examples/workflows']
const workflows = workflowDirs.flatMap((dir) =>
  readdirSync(join(REPO, dir))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => join(dir, f)),
)

describe('action.yml', () => {
  it('is valid action metadata', () => {
    // The validator's schema (0.6.0) predates node24, which runners accept since
    // v2.327.1; everything else is validated as written.
    expect(manifest.runs.using).toBe('node24')
    const state = validateAction(actionText.replace(/^(\s+using:) node24$/m, '$1 node20'))
    expect(state.errors).toEqual([])
  })

  it('the validator does catch a broken manifest', () => {
    const broken = actionText.replace(/^( {2}steps:\n)( {4}description:.*\n(?: {6}.*\n)*)/m, '$1')
    expect(broken).not.toBe(actionText)
    const errors = validateAction(broken.replace(/using: node24/, 'using: node20')).errors
    expect(errors).toContainEqual(
      expect.objectContaining({ code: 'required', path: '/inputs/steps/description' }),
    )
  })

  it('runs one bundle as main and post, post always', () => {
    expect(manifest.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()',
    })
  })

  it('gives every input a description and a default, every output a description', () => {
    for (const [name, input] of Object.entries(manifest.inputs)) {
      expect(input.description, name).toBeTruthy()
      expect(typeof input.default, name).toBe('string')
    }
    for (const [name, output] of Object.entries(manifest.outputs))
      expect(output.description, name).toBeTruthy()
    expect(manifest.inputs['openocd-version'].default).toBe(DEFAULT_OPENOCD_VERSION)
  })

  it('declares exactly the inputs the action reads', () => {
    const source = readFileSync(join(REPO, 'src/action/inputs.ts'), 'utf8')
    const read = [
      ...source.matchAll(
        /\b(?:optional|boolean|wholeNumber|duration|getInput|getMultilineInput)\('([a-z0-9-]+)'/g,
      ),
    ].map((m) => m[1])
    expect(new Set(read)).toEqual(new Set(Object.keys(manifest.inputs)))
  })

  it('is documented: README.md has a row for every input (with its default) and output', () => {
    const docs = readFileSync(join(REPO, 'README.md'), 'utf8')
    const [inputs, outputs] = docs.split('### Outputs').map(tableRows)
    for (const [name, input] of Object.entries(manifest.inputs))
      expect(inputs.get(name)?.[0], name).toBe(input.default ? `\`${input.default}\`` : '')
    for (const name of Object.keys(manifest.outputs)) expect(outputs.has(name), name).toBe(true)
  })
})

/** Markdown table rows whose first cell is a `name`: name → the other cells. */
function tableRows(markdown: string): Map<string, string[]> {
  const rows = markdown.split('\n').map((line) => /^\| `([a-z0-9-]+)` +\|(.*)$/.exec(line))
  return new Map(
    rows.filter((m) => m !== null).map((m) => [m[1], m[2].split('|').map((c) => c.trim())]),
  )
}

describe('workflows', () => {
  it('has the CI workflow and both examples', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        'examples/workflows/hil-flash-and-test.yml',
        'examples/workflows/virtual-dry-run.yml',
      ]),
    )
  })

  it.each(workflows)('%s is a valid workflow', (file) => {
    const text = readFileSync(join(REPO, file), 'utf8')
    expect(validateWorkflow(text).errors).toEqual([])
    expect(parse(text).permissions).toEqual({ contents: 'read' })
  })

  it.each(workflows)('%s pins every third-party action to a commit', (file) => {
    const uses = [
      ...readFileSync(join(REPO, file), 'utf8').matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm),
    ]
    for (const [, ref, comment] of uses) {
      if (ref === './' || ref.startsWith('your-org/openocd-flash@')) continue
      expect(ref, file).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
      expect(comment, ref).toMatch(/^ # v\d+\.\d+\.\d+$/)
    }
  })

  it('the validator does catch a broken workflow', () => {
    const errors = validateWorkflow('on: push\njobs:\n  a:\n    runs-onn: ubuntu-latest\n').errors
    expect(errors.length).toBeGreaterThan(0)
  })
})
