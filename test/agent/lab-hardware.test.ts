// Lab hardware that misbehaves, through the CLI as a runner runs it: a
// read-protected chip is refused with what it means, and recovered only by
// an explicit unlock step.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { killRunningClis, runCli } from '../support/cli.js'
import { pattern } from '../support/images.js'
import { makeLab, stateFlash, stepFile, switchCommands, virtualBoard, writeStep } from './lab.js'

// Each chip locked by its driver's own lock command, kept locked in its state file.
const LOCKED = [
  { chip: 'stm32f103', driver: 'stm32f1x', level: 'RDPRT set in FLASH_OBR' },
  { chip: 'stm32f407', driver: 'stm32f2x', level: 'RDP level 1' },
  // The G4 loads the new option bytes only at an option load or power-on.
  { chip: 'stm32g431', driver: 'stm32l4x', level: 'RDP level 1', load: 'option_load' },
  { chip: 'stm32h7a3', driver: 'stm32h7x', level: 'RDP level 1' },
]
const lab = makeLab(
  Object.fromEntries(LOCKED.map(({ chip }) => [chip, virtualBoard(chip, `${chip}-locked.bin`)])),
)
afterEach(killRunningClis)
afterAll(() => lab.remove())

/** The first 2 KiB of `chip`'s flash, from its state file. */
function flashOf(chip: string): Buffer {
  const { data, offset } = stateFlash(path.join(lab.root, `${chip}-locked.bin`))
  return data.subarray(offset, offset + 2048)
}

describe.each(LOCKED)('a read-protected virtual $chip', ({ chip, driver, level, load }) => {
  const image = lab.put(`${chip}-app.bin`, pattern(2048, 7))
  const lockFile = lab.put(
    `${chip}-lock.yml`,
    stepFile([{ write: { image, address: 0x08000000 } }, { command: `${driver} lock 0` }], {
      'allow-raw-commands': true,
    }),
  )
  const flash = [{ backup: {} }, writeStep(image, 0x08000000)]

  it('is refused before anything is changed, saying what it means and how to recover', async () => {
    expect((await lab.run(lockFile, chip).result).code).toBe(0)
    const job = lab.run(lab.put(`${chip}-flash.yml`, stepFile(flash)), chip)
    const r = await job.result
    expect(r.code).toBe(1)
    expect(r.stdout + r.stderr).toContain(`read-protected (${driver}: ${level})`)
    const report = job.report()
    expect(report.message).toMatch(/no backup is possible/)
    expect(report.message).toMatch(
      /add an 'unlock' step as the first step and set 'allow-mass-erase: true'/,
    )
    expect(report.steps.map((s) => s.status)).toEqual(['failed', 'skipped'])
    expect(readFileSync(path.join(job.out, 'report.md'), 'utf8')).toMatch(/read-protected/)
    // Nothing was erased: the locked chip still holds its firmware.
    expect(flashOf(chip).equals(readFileSync(image))).toBe(true)
  })

  it('passes after an explicit unlock step, with the mass erase in the report, then writes and verifies', async () => {
    const file = lab.put(
      `${chip}-unlock.yml`,
      stepFile([{ unlock: true }, ...flash], { 'allow-mass-erase': true }),
    )
    const job = lab.run(file, chip)
    const r = await job.result
    expect(r.stdout + r.stderr).toContain('mass erase')
    expect(r.code).toBe(0)
    const report = job.report()
    expect(report.steps.map((s) => s.status)).toEqual(['passed', 'passed', 'passed'])
    const loaded = load ? `; '${driver} ${load} 0' loaded the option bytes` : ''
    expect(report.steps[0].notes).toContain(
      `mass erase: '${driver} unlock 0' cleared readout protection (${level}) and erased all flash${loaded}; reset and halted the target`,
    )
    // The backup after the unlock is of the erased chip.
    const backup = readFileSync(path.join(job.out, 'backup-bank0.bin'))
    expect(backup.every((b) => b === 0xff)).toBe(true)
    // The write step verified its image on the unlocked chip, and flash holds it.
    expect(report.steps[2].verification?.match).toBe(true)
    expect(flashOf(chip).equals(readFileSync(image))).toBe(true)
    // Unlocked now: a second unlock does nothing.
    const unlockOnly = stepFile([{ unlock: true }], { 'allow-mass-erase': true })
    const again = lab.run(lab.put(`${chip}-unlock-again.yml`, unlockOnly), chip)
    expect((await again.result).code).toBe(0)
    expect(JSON.stringify(again.report().steps[0])).toMatch(
      /not read-protected: nothing was erased/,
    )
  })
})

describe('an unlock step', () => {
  it('is refused without allow-mass-erase, at its line, before starting anything', async () => {
    const file = lab.put('unlock-no.yml', stepFile([{ unlock: true }, { backup: {} }]))
    const r = await runCli([
      'run',
      file,
      '--board',
      'stm32f103',
      '--inventory',
      lab.inventory,
      '--out',
      path.join(lab.root, 'out-no'),
    ])
    expect(r.code).toBe(2)
    expect(r.stdout + r.stderr).toMatch(
      new RegExp(
        `${file}:3:\\d+: .*step 1 \\(unlock \\(mass erase\\)\\): unlock erases the whole chip.*allow-mass-erase: true`,
      ),
    )
  })
})

describe('a flaky probe', () => {
  const flaky = (fails: number, extra: object = {}) => ({
    virtual: { chip: 'stm32f103', faults: [`flaky-connect:fails=${fails}`] },
    ...extra,
  })
  // Wedged from the start: only a power cycle (its power switch, switched off and on) clears it.
  const wedged = { chip: 'stm32f103', faults: ['wedged'], 'power-switch': 'power.sock' }
  const flakyLab = makeLab((root) => ({
    twice: flaky(2),
    thrice: flaky(3, { retries: 1 }),
    wedged: { virtual: wedged, 'power-cycle': switchCommands(path.join(root, 'power.sock')) },
    'wedged-no-power-cycle': { virtual: wedged, retries: 1 },
  }))
  // A stand-in for uhubctl: argv, no shell; it leaves a mark and says what it did.
  const hub = flakyLab.put(
    'hub.mjs',
    "import { appendFileSync } from 'node:fs'\n" +
      "appendFileSync(process.argv[2], process.argv[3] + '\\n')\n" +
      "console.log('port 2 power ' + process.argv[3])\n",
  )
  const marks = path.join(flakyLab.root, 'hub-marks.txt')
  const cycled = makeLab({
    cycled: flaky(1, {
      'power-cycle': {
        off: [process.execPath, hub, marks, 'off'],
        on: [process.execPath, hub, marks, 'on'],
      },
    }),
  })
  afterAll(() => cycled.remove())
  afterAll(() => flakyLab.remove())
  const reset = flakyLab.put('reset.yml', stepFile([{ reset: 'halt' }]))

  it('passes with retries and is reported as flaky', async () => {
    const job = flakyLab.run(reset, 'twice')
    const r = await job.result
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/connect attempt 1 failed \(probe-not-found\).*retrying in/)
    expect(r.stdout).toMatch(/✔ success in .* \(flaky: 2 failed connect attempt\(s\)\)/)
    const report = job.report()
    expect(report.failedAttempts?.map((a) => [a.attempt, a.cause])).toEqual([
      [1, 'probe-not-found'],
      [2, 'probe-not-found'],
    ])
    expect(report.log).toBe('openocd-attempt-3.log')
    const md = readFileSync(path.join(job.out, 'report.md'), 'utf8')
    expect(md).toContain('**Flaky board:** connected only at attempt 3')
    // Each failed attempt's log is kept, with OpenOCD's own words.
    expect(readFileSync(path.join(job.out, 'openocd.log'), 'utf8')).toMatch(/Error on socket/)
  })

  it('exits 3 naming the cause and the attempts when the failures outlast the retries', async () => {
    const job = flakyLab.run(reset, 'thrice')
    const r = await job.result
    expect(r.code).toBe(3)
    expect(job.report().message).toMatch(
      /^connecting failed 2 times \(attempt 1: probe-not-found, attempt 2: probe-not-found\); no retries left \(retries: 1\)/,
    )
    expect(job.report().steps[0].status).toBe('skipped')
    // --retries overrides the board's: the third failure is retried too.
    const more = flakyLab.run(reset, 'thrice', ['--retries', '3'])
    expect((await more.result).code).toBe(0)
    expect(more.report().failedAttempts).toHaveLength(3)
  })

  it('is power-cycled between attempts by its power-cycle commands, their output in the report', async () => {
    const job = cycled.run(cycled.put('reset.yml', stepFile([{ reset: 'halt' }])), 'cycled')
    const r = await job.result
    expect(r.code).toBe(0)
    expect(readFileSync(marks, 'utf8')).toBe('off\non\n')
    expect(r.stdout).toMatch(/power-cycle: .*hub\.mjs .* off → exit 0\n +port 2 power off/)
    const [attempt] = job.report().failedAttempts!
    expect(attempt.powerCycle?.ok).toBe(true)
    expect(attempt.powerCycle?.commands.map((c) => c.output)).toEqual([
      'port 2 power off',
      'port 2 power on',
    ])
    expect(readFileSync(path.join(job.out, 'report.md'), 'utf8')).toContain('port 2 power on')
  })

  it('when wedged, connects after its power-cycle commands switched it off and on between attempts', async () => {
    const job = flakyLab.run(reset, 'wedged')
    const r = await job.result
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/connect attempt 1 failed \(probe-not-found\)/)
    expect(r.stdout).toMatch(/power-cycle: .*virtual-power\.mjs .* off → exit 0\n +power off\n/)
    expect(r.stdout).toContain('connected at attempt 2: the board is flaky')
    const report = job.report()
    expect(report.result).toBe('success')
    expect(report.failedAttempts?.map((a) => [a.attempt, a.cause])).toEqual([
      [1, 'probe-not-found'],
    ])
    const cycle = report.failedAttempts![0].powerCycle!
    expect(cycle.ok).toBe(true)
    expect(cycle.commands.map((c) => [c.argv.at(-1), c.exitCode, c.output])).toEqual([
      ['off', 0, 'power off'],
      ['on', 0, 'power on'],
    ])
    const md = readFileSync(path.join(job.out, 'report.md'), 'utf8')
    expect(md).toContain('power-cycled (ok), retried after')
    expect(md).toContain('power on')
  })

  it('when wedged, stays so through any number of retries without power-cycle commands (exit 3)', async () => {
    // More retries than a flaky probe needs: 'thrice' connects with these.
    const job = flakyLab.run(reset, 'wedged-no-power-cycle', ['--retries', '3'])
    expect((await job.result).code).toBe(3)
    const { message, failedAttempts } = job.report()
    expect(message).toMatch(/^connecting failed 4 times .*; no retries left \(retries: 3\)/)
    expect(failedAttempts?.map((a) => [a.cause, a.powerCycle])).toEqual(
      Array(4).fill(['probe-not-found', undefined]),
    )
  })
})

describe('connect under reset', () => {
  const srstLab = makeLab({
    sleepy: { virtual: { chip: 'stm32f103' }, 'connect-under-reset': true },
  })
  afterAll(() => srstLab.remove())

  it('makes OpenOCD hold SRST while it connects, from the inventory or --connect-under-reset', async () => {
    const reset = srstLab.put('reset.yml', stepFile([{ reset: 'halt' }]))
    const job = srstLab.run(reset, 'sleepy')
    expect((await job.result).code).toBe(0)
    const log = readFileSync(path.join(job.out, 'openocd.log'), 'utf8')
    expect(log).toMatch(/srst_only .*srst_nogate .*connect_assert_srst/)
    const flag = srstLab.run(reset, 'virtual:stm32f103', ['--connect-under-reset'])
    expect((await flag.result).code).toBe(0)
    expect(readFileSync(path.join(flag.out, 'openocd.log'), 'utf8')).toMatch(/connect_assert_srst/)
  })
})
