// The bundled action, run as the runner runs it (node dist/index.js, a clean
// environment, the workspace as cwd; then the post entry with the saved
// state), against the virtual target with the real OpenOCD. Only GitHub's
// artifact service and the xPack download host are stand-ins on 127.0.0.1,
// and the real @actions clients talk to them.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest'
import {
  ENTRY,
  ACTION_YML,
  collect,
  killSteps,
  runMain,
  runPost,
  startStep,
} from '../support/action.js'
import {
  startArtifactService,
  unzipEntries,
  type ArtifactService,
  type ReceivedArtifact,
} from '../support/artifact-service.js'
import { findOpenOcdOnPath, readOpenOcdVersion } from '../../src/openocd/binary.js'
import { DEFAULT_OPENOCD_VERSION } from '../../src/action/provision/pins.js'
import { pattern } from '../support/images.js'
import { createRunnerEnv, type RunnerEnv } from '../support/runner-env.js'
import { serialPort, UNITY_FAILING } from '../support/serial.js'
import {
  buildXpackArchive,
  startXpackHost,
  type XpackArchive,
  type XpackHost,
} from '../support/xpack-host.js'

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex')

/** The stand-ins every job shares, and the folder all jobs live in. */
interface StandIns {
  work: string
  service: ArtifactService
  host: XpackHost
  archive: XpackArchive
  /** Every run of the archived bin/openocd appends a line here. */
  marker: string
  /** What the archived OpenOCD (the local one, wrapped) says it is. */
  openocdVersion: string
}

let stand: StandIns

beforeAll(async () => {
  await access(ENTRY).catch(() => {
    throw new Error(`${ENTRY} is missing: run 'npm run build' first`)
  })
  const work = await mkdtemp(join(tmpdir(), 'action-e2e-'))
  const marker = join(work, 'openocd-ran.log')
  // The version action.yml asks for by default, served from the stand-in host.
  const archive = await buildXpackArchive(join(work, 'build'), DEFAULT_OPENOCD_VERSION, marker)
  stand = {
    work,
    marker,
    archive,
    openocdVersion: await readOpenOcdVersion((await findOpenOcdOnPath())!),
    service: await startArtifactService(),
    host: await startXpackHost({ [archive.fileName]: archive.bytes }),
  }
})

afterEach(() => killSteps())

afterAll(async () => {
  await stand?.service.close()
  await stand?.host.close()
  if (stand) await rm(stand.work, { recursive: true, force: true })
})

const markerLines = () =>
  existsSync(stand.marker)
    ? readFileSync(stand.marker, 'utf8').split('\n').filter(Boolean).length
    : 0

interface Job {
  runner: RunnerEnv
  locks: string
  /** The name its report is uploaded under. */
  artifact: string
}

let jobs = 0

// The default board: a virtual board that keeps its flash in a state file,
// so it is a shared board like a real one, and runs take its probe lock.
const LAB_INVENTORY = `version: 1
boards:
  lab-f103:
    virtual: { chip: stm32f103, state: lab-f103.state }
`

/** A job's runner: workspace with `files`, the action's inputs over action.yml's defaults. */
async function job(
  inputs: Record<string, string>,
  files: Record<string, string | Buffer> = {},
  toolCache?: string,
): Promise<Job> {
  const root = join(stand.work, `job-${++jobs}`)
  const locks = join(root, 'locks')
  const artifact = `report-${jobs}`
  const runner = await createRunnerEnv({
    root,
    actionYml: ACTION_YML,
    resultsUrl: stand.service.url,
    toolCache,
    inputs: {
      board: 'lab-f103',
      inventory: 'lab-boards.yml',
      'openocd-url': stand.host.assetUrl(stand.archive.fileName),
      'openocd-sha256': stand.archive.sha256,
      'artifact-name': artifact,
      ...inputs,
    },
    extra: {
      OPENOCD_FLASH_LOCK_DIR: locks,
      TMPDIR: join(root, 'tmp'),
      GITHUB_REPOSITORY: 'lab/firmware',
      GITHUB_RUN_ID: '1234',
      GITHUB_JOB: 'flash',
    },
  })
  await mkdir(join(root, 'tmp'))
  for (const [name, content] of Object.entries({ 'lab-boards.yml': LAB_INVENTORY, ...files }))
    await writeFile(join(runner.workspace, name), content)
  return { runner, locks, artifact }
}

function artifactNamed(name: string): ReceivedArtifact {
  const found = stand.service.artifacts.find((a) => a.name === name)
  if (!found?.blob) throw new Error(`no artifact ${name} was uploaded`)
  return found
}

/** Step lines of a step file, by step name, 1-based as in the report. */
function lineOf(text: string, name: string): number {
  return text.split('\n').findIndex((l) => l.includes(`name: ${name}`)) + 1
}

/** Running, as opposed to gone or a zombie nobody has reaped yet. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

/** The lock tickets left in a job's lock folder. */
function tickets(locks: string): string[] {
  if (!existsSync(locks)) return []
  return readdirSync(locks, { recursive: true, encoding: 'utf8' }).filter((f) => /t-\d+/.test(f))
}

const FULL_PLAN = `version: 1
steps:
  - name: back up
    backup: { bank: 0 }
  - name: write the application
    write: { image: app.bin, address: 0x08002000 }
  - name: verify the application
    verify: { image: app.bin, address: 0x08002000 }
  - name: protect the bootloader
    protect: { address: 0x08000000, size: 4K }
  - name: start it
    reset: run
`

describe('the action on the virtual target', () => {
  it('runs a full plan: step lines, outputs, job summary, artifact; post has nothing to do', async () => {
    const app = pattern(2048, 1)
    const {
      runner,
      locks,
      artifact: name,
    } = await job({ 'steps-file': 'flash.yml' }, { 'flash.yml': FULL_PLAN, 'app.bin': app })

    const main = await runMain(runner)

    expect(main.code, main.stdout + main.stderr).toBe(0)
    // one line per step, with time, size and throughput (whose unit the machine's speed picks)
    expect(main.stdout).toMatch(
      /✔ \[1\/5\] back up \(\d+(\.\d+)? m?s, 64 KiB, \d+(\.\d+)? (B|KiB|MiB)\/s\)/,
    )
    expect(main.stdout).toMatch(
      /✔ \[2\/5\] write the application \(\d+(\.\d+)? m?s, 2 KiB, \d+(\.\d+)? (B|KiB|MiB)\/s\)/,
    )
    expect(main.stdout).toMatch(/^::group::Set up OpenOCD$/m)
    const { outputs } = main
    const report = JSON.parse(await readFile(outputs.report, 'utf8'))
    expect(report.result).toBe('success')
    expect(report.steps.map((s: { status: string }) => s.status)).toEqual(Array(5).fill('passed'))
    expect(outputs).toMatchObject({
      result: 'success',
      'image-sha256': sha256(app),
      verified: 'true',
      'openocd-version': stand.openocdVersion,
    })

    const artifact = artifactNamed(name)
    expect(outputs['artifact-id']).toBe(String(artifact.id))
    expect(artifact.finalized).toEqual({
      size: String(artifact.blob!.length),
      hash: `sha256:${sha256(artifact.blob!)}`,
    })
    const zip = await unzipEntries(artifact.blob!)
    expect([...zip.keys()].sort()).toEqual([
      'backup-bank0.bin',
      'flash-map.svg',
      'junit.xml',
      'openocd.log',
      'report.json',
      'report.md',
    ])
    expect(zip.get('backup-bank0.bin')!.length).toBe(64 * 1024)
    expect(sha256(zip.get('backup-bank0.bin')!)).toBe(outputs['backup-sha256'])
    expect(zip.get('report.json')!.toString()).toBe(await readFile(outputs.report, 'utf8'))

    expect(main.summary).toContain('## openocd-flash: ✅ success')
    expect(main.summary).toContain('| 2 | write the application | ✅ passed |')
    expect(main.summary).toContain(
      `Report artifact: [${name}](https://github.com/lab/firmware/actions/runs/1234/artifacts/${artifact.id})`,
    )
    expect(main.stdout).not.toMatch(/^::error/m)

    // main cleaned up after itself: post finds nothing left and says nothing
    const pid = Number(main.state['openocd-pid'])
    expect(pid).toBeGreaterThan(0)
    expect(main.state['lock-ticket']).toMatch(/t-\d+/)
    const post = await runPost(runner, main.state)
    expect(post.code).toBe(0)
    expect(post.stdout).not.toMatch(/^(?!::debug::).+$/m)
    expect(isRunning(pid)).toBe(false)
    expect(tickets(locks)).toEqual([])
  })

  it('fails on a verify mismatch, and still uploads the report; the annotation points at the step', async () => {
    // The board's flash reads bit 0-3 of 0x08002010 as 0 whatever is written.
    const app = pattern(1024, 2)
    app[0x10] = 0xff
    const plan = `version: 1
steps:
  - name: write without checking
    write: { image: app.bin, address: 0x08002000, verify: false }
  - name: check the application
    verify: { image: app.bin, address: 0x08002000 }
`
    const inventory = `version: 1
boards:
  flaky-f103:
    virtual:
      chip: stm32f103
      faults: ['stuck-bits:addr=0x08002010,mask=0x0f']
`
    const { runner, artifact } = await job(
      { 'steps-file': 'ci/flash.yml', board: 'flaky-f103', inventory: 'boards.yml' },
      { 'boards.yml': inventory },
    )
    await mkdir(join(runner.workspace, 'ci'))
    await writeFile(join(runner.workspace, 'ci', 'flash.yml'), plan)
    await writeFile(join(runner.workspace, 'ci', 'app.bin'), app)

    const main = await runMain(runner)

    expect(main.code).toBe(1)
    expect(main.outputs).toMatchObject({ result: 'step-failed', verified: 'false' })
    expect(main.stdout).toContain(
      `::error title=Step 2 (check the application) failed,file=ci/flash.yml,line=${lineOf(plan, 'check the application')}::Step 2 (check the application) failed: `,
    )
    expect(main.stdout).toMatch(/^::error::step 2 \(check the application\) failed: /m)
    expect(main.summary).toContain('## openocd-flash: ❌ step-failed')
    expect(main.summary).toMatch(/1 byte\(s\) differ in 1 range\(s\)/)
    expect(main.summary).toContain('| 0x08002010 | 1 | 0/8 | `ff` | `f0` |')

    const zip = await unzipEntries(artifactNamed(artifact).blob!)
    expect(JSON.parse(zip.get('report.json')!.toString()).result).toBe('step-failed')
    expect(zip.get('report.md')!.toString()).toContain('0x08002010')
    expect(main.outputs['artifact-id']).toBe(String(artifactNamed(artifact).id))
  })

  it('judges the firmware by its serial console: a failing Unity test fails the job, and the summary names it', async () => {
    const device = await serialPort(UNITY_FAILING)
    const inventory = `${LAB_INVENTORY}    uart: { device: '${device}', baud: 115200 }\n`
    const steps = `version: 1
steps:
  - name: run the tests
    run: { capture: [uart], tests: unity, timeout: 2m }
`
    const { runner, artifact } = await job(
      { 'steps-file': 'test.yml' },
      { 'lab-boards.yml': inventory, 'test.yml': steps },
    )
    const main = await runMain(runner)
    expect(main.code, main.stdout + main.stderr).toBe(1)
    expect(main.stdout).toContain('uart> test/main.c:32:test_divides:FAIL: Expected 4 Was 5')
    expect(main.summary).toContain('## openocd-flash: ❌ step-failed')
    expect(main.summary).toContain(
      '**Verdict:** ❌ failed: test test_divides failed: Expected 4 Was 5',
    )
    expect(main.summary).toContain('❌ `test_divides` (test/main.c:32): Expected 4 Was 5')
    expect(main.summary).toContain('- tests: 2 passed, 1 failed, 0 skipped')
    const zip = await unzipEntries(artifactNamed(artifact).blob!)
    expect(zip.get('run-1.log')?.toString()).toBe(UNITY_FAILING.replace(/\r/g, ''))
    expect(zip.get('junit.xml')?.toString()).toMatch(
      /<testcase name="test_divides" [^>]*>\s*<failure/,
    )
  })

  it('annotates problems in inline steps without a file, and runs nothing', async () => {
    const runsBefore = markerLines()
    const steps = 'version: 1\nsteps:\n  - name: start\n    reset: sideways\n'
    const { runner } = await job({ steps, upload: 'false' })

    const main = await runMain(runner)

    expect(main.code).toBe(1)
    expect(main.outputs.result).toBe('invalid-input')
    expect(main.stdout).toMatch(
      /^::error title=Invalid step file::<steps input> line 4: .*reset.*$/m,
    )
    expect(main.summary).toContain('### Problems in the step file')
    expect(markerLines()).toBe(runsBefore + 1) // `openocd --version` only
  })

  it('names the input that is wrong, without a stack trace', async () => {
    const { runner } = await job({ steps: FULL_PLAN, 'lock-timeout': 'soon' })

    const main = await runMain(runner)

    expect(main.code).toBe(1)
    expect(main.outputs.result).toBe('invalid-input')
    expect(main.stdout).toContain(
      "::error::input 'lock-timeout': 'soon' is not a duration such as 30s, 500ms or 10m",
    )
    expect(main.stdout + main.stderr).not.toMatch(/\n\s+at /)
    expect(main.summary).toContain('## openocd-flash: ❌ invalid-input')
  })
})

describe('provisioning', () => {
  it('refuses an archive whose SHA-256 does not match: nothing is extracted or run', async () => {
    const runsBefore = markerLines()
    const downloadsBefore = stand.host.downloads
    const { runner } = await job({ steps: FULL_PLAN, 'openocd-sha256': 'e'.repeat(64) })

    const main = await runMain(runner)

    expect(main.code).toBe(1)
    expect(main.outputs.result).toBe('infrastructure')
    expect(main.stdout).toMatch(
      /^::error::The OpenOCD archive from http:\/\/127\.0\.0\.1:\d+\/\S+ has SHA-256 [0-9a-f]{64}, but e{64} was expected\. It was deleted without being extracted or run\./m,
    )
    expect(stand.host.downloads).toBe(downloadsBefore + 1)
    expect(markerLines()).toBe(runsBefore)
    expect(readdirSync(runner.env.RUNNER_TOOL_CACHE)).toEqual([])
    expect(main.outputs['openocd-version']).toBeUndefined()
  })

  it('starts the second job on a runner from the tool cache, without downloading', async () => {
    const toolCache = join(stand.work, 'shared-tool-cache')
    const files = { 'flash.yml': FULL_PLAN, 'app.bin': pattern(1024, 3) }
    const first = await runMain((await job({ 'steps-file': 'flash.yml' }, files, toolCache)).runner)
    expect(first.code, first.stdout).toBe(0)
    const downloads = stand.host.downloads
    const runsBefore = markerLines()

    const { runner } = await job({ 'steps-file': 'flash.yml', 'dry-run': 'true' }, files, toolCache)
    const second = await runMain(runner)

    expect(second.code, second.stdout).toBe(0)
    expect(stand.host.downloads).toBe(downloads)
    expect(second.stdout).not.toContain('Downloading xPack OpenOCD')
    expect(second.stdout).toContain(`(cache)`)
    expect(markerLines()).toBeGreaterThan(runsBefore) // the cached binary ran
    const report = JSON.parse(await readFile(second.outputs.report, 'utf8'))
    expect(report.dryRun).toBe(true)
    expect(report.steps.map((s: { status: string }) => s.status)).toEqual(Array(5).fill('planned'))
    expect(second.outputs.verified).toBe('false')
  })
})

describe('a cancelled job', () => {
  // A 40 KiB write takes the virtual target several seconds: long enough to interrupt.
  const SLOW_PLAN = `version: 1
steps:
  - name: back up
    backup: { bank: 0 }
  - name: write a big image
    write: { image: big.bin, address: 0x08000000 }
`
  const files = () => ({ 'flash.yml': SLOW_PLAN, 'big.bin': pattern(40 * 1024, 4) })

  it('SIGTERM: main stops OpenOCD and still reports and uploads; post leaves nothing behind', async () => {
    const { runner, locks, artifact } = await job({ 'steps-file': 'flash.yml' }, files())
    const step = startStep(runner)
    await step.waitForOutput(/▶ \[2\/2\] write a big image/)
    step.child.kill('SIGTERM')
    const main = await collect(runner, await step.done)

    expect(main.code).toBe(1)
    expect(main.stdout).toContain('Received SIGTERM: the job was cancelled.')
    expect(main.outputs.result).toBe('cancelled')
    const report = JSON.parse(await readFile(main.outputs.report, 'utf8'))
    expect(report.result).toBe('cancelled')
    expect(report.steps[0].status).toBe('passed')
    expect(report.steps[1].status).not.toBe('passed')
    expect(main.stdout).not.toContain('::error title=Step')
    expect(main.stdout).toMatch(/^::error::the run was cancelled$/m)
    expect(main.outputs['artifact-id']).toBe(String(artifactNamed(artifact).id))

    const pid = Number(main.state['openocd-pid'])
    const post = await runPost(runner, main.state)
    expect(post.code).toBe(0)
    expect(post.stdout).not.toMatch(/Stopped|Released/) // main had done it
    expect(isRunning(pid)).toBe(false)
    expect(tickets(locks)).toEqual([])
  })

  it('killed outright: OpenOCD dies with main, and post releases the probe lock main still held', async () => {
    const { runner, locks } = await job({ 'steps-file': 'flash.yml' }, files())
    const step = startStep(runner)
    await step.waitForOutput(/▶ \[2\/2\] write a big image/)
    step.child.kill('SIGKILL')
    const main = await collect(runner, await step.done)
    const pid = Number(main.state['openocd-pid'])
    onTestFinished(() => {
      if (isRunning(pid)) process.kill(-pid, 'SIGKILL')
    })
    // OpenOCD runs under a parent-death signal, so it goes with main; the lock stays for post.
    await vi.waitFor(() => expect(isRunning(pid)).toBe(false), { timeout: 30_000, interval: 100 })
    expect(tickets(locks)).toHaveLength(1)

    const post = await runPost(runner, main.state)

    expect(post.code).toBe(0)
    expect(post.stdout).not.toContain('Stopped OpenOCD')
    expect(post.stdout).toContain('Released the probe lock the main step still held')
    expect(tickets(locks)).toEqual([])
  })
})
