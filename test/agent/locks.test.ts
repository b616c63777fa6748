// Probe locks between real `openocd-flash run` processes on virtual boards:
// one job at a time per board, FIFO, dead holders taken over, timeouts with
// exit code 4, and different boards in parallel.
import { waitGone } from '../support/openocd.js'
import { readdirSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { acquireProbeLock } from '../../src/board/lock.js'
import { keyToDirName } from '../../src/board/lock-dir.js'
import { pattern } from '../support/images.js'
import { killRunningClis } from '../support/cli.js'
import {
  holdSteps,
  makeLab,
  stateFlash,
  stepFile,
  stepSpan,
  virtualF103,
  writeStep,
  type Job,
} from './lab.js'

const lab = makeLab({ 'sim-a': virtualF103('sim-a.bin'), 'sim-b': virtualF103('sim-b.bin') })
// A virtual board's lock is its state file's real path.
const simKey = `virtual:${path.join(realpathSync(lab.root), 'sim-a.bin')}`
const SECTOR = 0x400
const BASE = 0x08004000
const images = [0, 1, 2, 3].map((k) => lab.put(`image-${k}.bin`, pattern(SECTOR, k + 1)))
const writeJob = (k: number) =>
  lab.put(`write-${k}.yml`, stepFile([writeStep(images[k]!, BASE + k * SECTOR)]))

// Processes a failed test left behind; also the OpenOCD a SIGKILLed run orphans.
const orphans: number[] = []
afterEach(() => {
  killRunningClis()
  for (const pid of orphans.splice(0)) killGroup(pid)
})
afterAll(() => lab.remove())

function killGroup(pid: number) {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

/** The OpenOCD a run started, from its progress line. */
const openocdPid = (job: Job) => Number(/OpenOCD started \(pid (\d+)/.exec(job.output())?.[1])

/** How many were ahead in the queue when the job first said it waits. */
const aheadWhenQueued = (job: Job) =>
  Number(/waiting for probe [^\n]*, (\d+) ahead/.exec(job.output())?.[1])

describe('probe locks between openocd-flash processes', () => {
  it('runs concurrent jobs on one board one at a time, first come first served', async () => {
    // The test holds the probe until all four have queued, so that they all contend.
    const gate = await acquireProbeLock(simKey, {
      dir: lab.lockDir,
      timeoutMs: 5_000,
      description: 'test gate',
    })
    // Each job queues before the next starts: jobs that take their tickets at
    // the same moment may see the same number ahead (the bakery rule breaks
    // such ties by name), so "first come" needs a first.
    const jobs: ReturnType<typeof lab.run>[] = []
    try {
      for (const k of [0, 1, 2, 3]) {
        const job = lab.run(writeJob(k), 'sim-a')
        jobs.push(job)
        await job.waitFor(`held by pid ${process.pid} (test gate)`)
      }
    } finally {
      gate.release()
    }
    const results = await Promise.all(jobs.map((j) => j.result))
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0])

    // No two jobs' steps overlap in time, and they ran in the order they queued.
    const byStart = jobs
      .map((job) => ({ job, span: stepSpan(job.report()) }))
      .sort((a, b) => a.span.start - b.span.start)
    for (let i = 1; i < byStart.length; i++)
      expect(byStart[i]!.span.start).toBeGreaterThanOrEqual(byStart[i - 1]!.span.end)
    expect(byStart.map((r) => aheadWhenQueued(r.job))).toEqual([1, 2, 3, 4])

    // Each job started from the state the one before saved: no write was lost.
    const { data, offset } = stateFlash(`${lab.root}/sim-a.bin`)
    for (const k of [0, 1, 2, 3]) {
      const at = offset + (BASE - 0x08000000) + k * SECTOR
      expect(data.subarray(at, at + SECTOR).equals(pattern(SECTOR, k + 1))).toBe(true)
    }
  })

  it('takes over from a holder killed with SIGKILL at once, not after the lock timeout', async () => {
    const holder = lab.run(lab.put('hold-30s.yml', holdSteps(30_000)), 'sim-a')
    await holder.waitFor('▶ [1/1]')
    orphans.push(openocdPid(holder))
    const next = lab.run(writeJob(0), 'sim-a', ['--lock-timeout', '10m'])
    await next.waitFor(`held by pid ${holder.child.pid}`)

    const orphan = openocdPid(holder)
    const killedAt = Date.now()
    holder.child.kill('SIGKILL')
    await next.waitFor('virtual stm32f103 started')
    // The stale check polls every 100 ms; waiting out the lock would take 10 minutes.
    expect(Date.now() - killedAt).toBeLessThan(60_000)
    // The dead holder's OpenOCD (its own process group, so it outlived the
    // holder) was stopped by the job that took over, freeing the probe.
    expect(await waitGone(orphan)).toBe(true)
    expect((await next.result).code).toBe(0)
  })

  it('exits 4 after --lock-timeout and names the holder', async () => {
    // Held for far longer than the waiter needs to start and give up; stopped below.
    const holdFile = lab.put('hold-50s.yml', holdSteps(50_000))
    const holder = lab.run(holdFile, 'sim-a')
    await holder.waitFor('▶ [1/1]')
    const waiter = lab.run(writeJob(1), 'sim-a', ['--lock-timeout', '1s'])
    const r = await waiter.result
    expect(r.code).toBe(4)
    // The pid, and the job: the holder's command line and where it runs.
    const message = waiter.report().message
    expect(waiter.report()).toMatchObject({ result: 'lock-timeout', exitCode: 4 })
    expect(message).toContain(`still held by pid ${holder.child.pid} on `)
    expect(message).toContain(`openocd-flash run ${holdFile}`)
    expect(r.stdout).toContain(message)

    // A cancelled holder writes its report and removes its ticket on the way out.
    holder.child.kill('SIGTERM')
    expect((await holder.result).code).toBe(5)
    expect(holder.report().result).toBe('cancelled')
    const queue = readdirSync(path.join(lab.lockDir, keyToDirName(simKey)))
    expect(queue.filter((f) => f.startsWith('t-'))).toEqual([])
  })

  it('runs jobs on two different boards in parallel', async () => {
    // Both jobs are in their hold step at once, which one lock for both would
    // forbid; then they are stopped (a slow start of one cannot end the overlap).
    const steps = lab.put('write-and-hold.yml', holdSteps(50_000, [writeStep(images[0]!, BASE)]))
    const jobs = [lab.run(steps, 'sim-a'), lab.run(steps, 'sim-b')]
    await Promise.all(jobs.map((j) => j.waitFor('▶ [2/2] hold the probe')))
    for (const job of jobs) job.child.kill('SIGTERM')
    expect((await Promise.all(jobs.map((j) => j.result))).map((r) => r.code)).toEqual([5, 5])
    for (const job of jobs) {
      expect(job.output()).toContain('✔ [1/2] write')
      expect(job.output()).not.toContain('waiting for probe')
      expect(job.report().result).toBe('cancelled')
    }
  })
})
