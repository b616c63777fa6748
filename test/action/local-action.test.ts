// GitHub's own local runner for JavaScript actions, @github/local-action, runs
// the action from source: it calls run() from src/action/main.ts with its
// stubs of @actions/*, applying action.yml's defaults. No shim in between.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const REPO = path.resolve(import.meta.dirname, '..', '..')
const BIN = path.join(REPO, 'node_modules', '.bin', 'local-action')
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ofl-local-action-'))

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('@github/local-action', () => {
  it('runs the action on virtual:stm32f103: success, verified, a summary and an artifact', async () => {
    for (const dir of ['artifacts', 'temp']) mkdirSync(path.join(scratch, dir))
    const summary = path.join(scratch, 'summary.md')
    writeFileSync(summary, '')
    const steps = path.join(scratch, 'steps.yml')
    const image = path.join(REPO, 'examples', 'firmware', 'blinky-f103.hex')
    writeFileSync(
      steps,
      `version: 1\nsteps:\n  - write: { image: ${image} }\n  - verify: { image: ${image} }\n`,
    )
    // The committed example, with its scratch paths pointed at this test's folder.
    const env = readFileSync(path.join(REPO, '.env.example'), 'utf8')
      .replaceAll('/tmp/openocd-flash-local', scratch)
      .replace(/^INPUT_STEPS-FILE=.*$/m, `INPUT_STEPS-FILE=${steps}`)
    const envFile = path.join(scratch, '.env')
    writeFileSync(envFile, env)

    const { stdout } = await run(BIN, ['run', '.', 'src/action/main.ts', envFile], {
      cwd: REPO,
      env: { ...process.env, CI: '', GITHUB_ACTIONS: '' },
      maxBuffer: 16 * 1024 * 1024,
    })

    expect(stdout).toMatch(/^::set-output name=result::success$/m)
    expect(stdout).toMatch(/^::set-output name=verified::true$/m)
    expect(stdout).not.toMatch(/::error|is not true or false/)
    expect(readFileSync(summary, 'utf8')).toContain('## openocd-flash: ✅ success')
    expect(existsSync(path.join(scratch, 'artifacts', 'openocd-flash-report.zip'))).toBe(true)
  }, 600_000)
})
