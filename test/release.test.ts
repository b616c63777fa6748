// The release workflow parses as GitHub parses it, and its tag work
// (scripts/release-tag) moves the major tag only forward, on a scratch
// repository with a bare remote.
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const SCRIPT = path.resolve('scripts/release-tag')
const WORKFLOW = '.github/workflows/release.yml'

describe('the release workflow', () => {
  it("passes GitHub's workflow parser and runs on vX.Y.Z tags only", async () => {
    const trace = new NoOperationTraceWriter()
    const parsed = parseWorkflow({ name: WORKFLOW, content: readFileSync(WORKFLOW, 'utf8') }, trace)
    expect(parsed.context.errors.getErrors()).toEqual([])
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!)
    expect(template.errors ?? []).toEqual([])
    expect(template.events).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
    const runs = JSON.stringify(template.jobs)
    expect(runs).toContain('scripts/release-tag')
    expect(runs).toContain('git status --porcelain -- dist')
  })

  it('the parser does catch a broken workflow', () => {
    const trace = new NoOperationTraceWriter()
    const parsed = parseWorkflow(
      { name: 'x.yml', content: 'on: push\njobs:\n  a:\n    runs-onn: ubuntu-latest\n' },
      trace,
    )
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0)
  })
})

describe('scripts/release-tag', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ofl-release-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const remote = path.join(root, 'remote.git')
  const work = path.join(root, 'work')
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: work, encoding: 'utf8' }).trim()
  const release = (tag: string) => spawnSync(SCRIPT, [tag], { cwd: work, encoding: 'utf8' })
  const remoteTag = (name: string) =>
    execFileSync('git', ['rev-parse', `refs/tags/${name}^{commit}`], {
      cwd: remote,
      encoding: 'utf8',
    }).trim()
  let n = 0
  const commitAndTag = (tag: string) => {
    writeFileSync(path.join(work, 'file'), String(++n))
    git('add', 'file')
    git('commit', '-q', '-m', `change ${n}`)
    git('tag', '-a', tag, '-m', tag)
    return git('rev-parse', 'HEAD')
  }

  execFileSync('git', ['init', '-q', '--bare', remote])
  execFileSync('git', ['init', '-q', work])
  git('config', 'user.name', 'test')
  git('config', 'user.email', 'test@example.com')
  git('remote', 'add', 'origin', remote)

  it('points v1 at the first release, then moves it to the next', () => {
    const first = commitAndTag('v1.0.0')
    expect(release('v1.0.0').status).toBe(0)
    expect(remoteTag('v1')).toBe(first)
    const second = commitAndTag('v1.1.0')
    const r = release('v1.1.0')
    expect(r.stdout).toContain('v1 → v1.1.0')
    expect(remoteTag('v1')).toBe(second)
  })

  it('does not pull v1 back to an older release', () => {
    const before = remoteTag('v1')
    const r = release('v1.0.0')
    expect(r.status).toBe(0)
    expect(r.stderr).toContain('left alone')
    expect(remoteTag('v1')).toBe(before)
  })

  it('refuses what is not a release tag, and a dry run pushes nothing', () => {
    commitAndTag('v2.0.0-rc.1')
    expect(release('v2.0.0-rc.1').status).toBe(2)
    expect(release('v1.2').status).toBe(2)
    commitAndTag('v2.0.0')
    const dry = spawnSync(SCRIPT, ['v2.0.0'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, DRY_RUN: '1' },
    })
    expect(dry.status).toBe(0)
    expect(dry.stdout).toContain('would run: git push --force origin refs/tags/v2')
    expect(() => remoteTag('v2')).toThrow()
  })
})
