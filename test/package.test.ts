// The package as users get it: the library through its exports, and the CLI bundle.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

describe('the built package (dist/)', () => {
  it("imports as 'openocd-flash' from inside the checkout", () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { Session, VERSION } from 'openocd-flash'; console.log(typeof Session.start, VERSION)",
      ],
      { encoding: 'utf8' },
    )
    expect(out.trim()).toBe(`function ${pkg.version}`)
  })

  it('ships typings for the library', () => {
    expect(existsSync(pkg.exports['.'].types)).toBe(true)
  })

  it('runs the bundled command', () => {
    const out = execFileSync(process.execPath, [pkg.bin['openocd-flash'], '--version'], {
      encoding: 'utf8',
    })
    expect(out.trim()).toBe(pkg.version)
  })
})

describe('what the README promises a new user', () => {
  const readme = readFileSync('README.md', 'utf8')

  it('names the Node.js that engines allows, and this Node.js is one', () => {
    const major = Number(/Node\.js (\d+) or later/.exec(readme)?.[1])
    expect(pkg.engines.node).toBe(`>=${major}`)
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(major)
  })

  it('links only to files that exist', () => {
    const docs = ['README.md', ...readdirSync('docs').map((f) => path.join('docs', f))]
    for (const doc of docs.filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(doc, 'utf8')
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue
        expect(existsSync(path.join(path.dirname(doc), target!)), `${doc}: ${target}`).toBe(true)
      }
    }
  })

  it('uses one placeholder for the owner of the action', () => {
    const files = ['README.md', 'docs/agent.md', ...workflowFiles()]
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain('<org>')
  })

  it('depends only on packages the code imports', () => {
    const sources = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' }).split('\n')
    const code = sources
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    for (const name of Object.keys(pkg.dependencies))
      expect(code, name).toMatch(new RegExp(`from '${name}(/[^']*)?'`))
  })
})

function workflowFiles(): string[] {
  return ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
    readdirSync(dir).map((f) => path.join(dir, f)),
  )
}
