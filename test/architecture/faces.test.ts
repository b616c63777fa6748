// The faces (the GitHub Action and the CLI) are thin adapters over the same
// core: neither imports the other, the core imports neither, and the
// CI-neutral layer (src/ci) leans on no CI's toolkit.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve('src')
const FACES = ['action', 'cli']

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return sources(full)
    return e.name.endsWith('.ts') ? [full] : []
  })
}

// Static imports, re-exports and dynamic import() of a string literal.
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2])
}

/** The top folder under src/ a file or a relative import lands in ('' for src/ itself). */
function area(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep)
  return rel.length > 1 ? rel[0] : ''
}

const edges = sources(SRC).flatMap((file) =>
  imports(file).map((spec) => ({
    from: path.relative(SRC, file),
    fromArea: area(file),
    spec,
    toArea: spec.startsWith('.') ? area(path.resolve(path.dirname(file), spec)) : undefined,
  })),
)

describe('architecture', () => {
  it('finds the imports it checks (the scan itself works)', () => {
    const fromCli = edges.filter((e) => e.fromArea === 'cli' && e.toArea === 'engine')
    const fromAction = edges.filter((e) => e.fromArea === 'action' && e.spec === '@actions/core')
    expect(fromCli.length).toBeGreaterThan(0)
    expect(fromAction.length).toBeGreaterThan(0)
  })

  it('no face imports another, and nothing else imports a face', () => {
    const crossing = edges.filter(
      (e) => e.toArea !== undefined && FACES.includes(e.toArea) && e.toArea !== e.fromArea,
    )
    expect(crossing.map((e) => `${e.from} → ${e.spec}`)).toEqual([])
  })

  it('the CI-neutral layer and the core use no CI toolkit', () => {
    const toolkit = edges.filter(
      (e) => !FACES.includes(e.fromArea) && e.spec.startsWith('@actions/'),
    )
    expect(toolkit.map((e) => `${e.from} → ${e.spec}`)).toEqual([])
  })
})
