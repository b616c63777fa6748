// openocd-flash run STEPS.yml: runs a step file on a board and writes the report.
import { STOP_SIGNALS } from '../../util/children.js'
import path from 'node:path'
import { selectBoard } from '../../board/select.js'
import { BoardError } from '../../board/virtual.js'
import { repoPath } from '../../ci/annotations.js'
import { writeCiFiles } from '../../ci/write.js'
import { runStepFile } from '../../engine/run.js'
import { ExitCode } from '../../exit-codes.js'
import { consoleLog } from '../../report/console.js'
import { SourceError } from '../../util/yaml-schema.js'
import { DirectoryError } from '../../util/make-dir.js'
import { parseDuration, parseInteger, parseOptions, usageLine, UsageError } from '../args.js'
import { lockHolder } from '../lock-holder.js'
import { terminalProgress } from '../progress.js'

const HELP = `usage: openocd-flash run STEPS.yml [options]

Runs the steps of STEPS.yml on a board and writes report.json, report.md,
junit.xml, the dumps and the OpenOCD log into the report folder, and for CI
code-quality.json (GitLab Code Quality), outputs.env (GitLab dotenv) and
issues.json (Jenkins Warnings NG).

board (one of):
  --board NAME            a board from the inventory, or virtual:stm32f103[:128K] /
                          virtual:stm32f407 / virtual:stm32g431 / virtual:stm32h7a3
  --interface CFG         interface config file (repeatable), with --target CFG (repeatable)
  --config CFG            extra config file, loaded after the target (repeatable)
  --serial SERIAL         adapter serial, when several probes of a kind are attached
  --speed KHZ             adapter speed
  --transport NAME        transport select (swd, jtag, hla_swd, ...)
  --connect-under-reset   hold SRST while connecting (reset_config srst_only srst_nogate connect_assert_srst)
  -c, --command TCL       extra OpenOCD command after the configs (repeatable)
  -s, --search-dir DIR    OpenOCD script search dir (repeatable)
  --inventory FILE        board inventory (default: $OPENOCD_FLASH_INVENTORY, /etc/openocd-flash/boards.yml)
  --state FILE            virtual boards: keep the flash in FILE across runs
  --fault SPEC            virtual boards: inject a fault (repeatable; see 'openocd-flash sim --help')

run:
  --openocd PATH          the OpenOCD binary (default: openocd on PATH)
  --out DIR               report folder (default: openocd-flash-report)
  --dry-run               connect, read the flash layout, print the plan, change nothing
  --timeout DURATION      time limit for the whole run (e.g. 10m)
  --retries N             connect retries when the probe or target fails transiently
                          (default: the board's 'retries', else 2); steps are never retried
  --lock-timeout DURATION how long to wait for a probe another job holds (default 10m)
  --lock-dir DIR          probe lock folder (default: $OPENOCD_FLASH_LOCK_DIR, /var/lock/openocd-flash)
  --no-lock               do not take the probe lock

exit codes: 0 success, 1 a step failed, 2 invalid input, 3 infrastructure
(OpenOCD, probe, target), 4 probe busy past --lock-timeout, 5 timeout.`

export default async function run(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseOptions(argv, {
      help: { type: 'boolean', short: 'h' },
      board: { type: 'string' },
      interface: { type: 'string', multiple: true, default: [] },
      target: { type: 'string', multiple: true, default: [] },
      config: { type: 'string', multiple: true, default: [] },
      serial: { type: 'string' },
      speed: { type: 'string' },
      transport: { type: 'string' },
      'connect-under-reset': { type: 'boolean', default: false },
      command: { type: 'string', short: 'c', multiple: true, default: [] },
      'search-dir': { type: 'string', short: 's', multiple: true, default: [] },
      inventory: { type: 'string' },
      state: { type: 'string' },
      fault: { type: 'string', multiple: true, default: [] },
      openocd: { type: 'string' },
      out: { type: 'string', default: 'openocd-flash-report' },
      'dry-run': { type: 'boolean', default: false },
      timeout: { type: 'string' },
      'lock-timeout': { type: 'string', default: '10m' },
      retries: { type: 'string' },
      'lock-dir': { type: 'string' },
      'no-lock': { type: 'boolean', default: false },
    })
    if (values.help) {
      console.log(HELP)
      return ExitCode.Success
    }
    if (positionals.length !== 1)
      throw new UsageError('give exactly one step file: openocd-flash run STEPS.yml')
    const board = await selectBoard(
      {
        board: values.board,
        inventory: values.inventory,
        interface: values.interface,
        target: values.target,
        config: values.config,
        serial: values.serial,
        speed: parseInteger(values.speed, 'speed'),
        transport: values.transport,
        connectUnderReset: values['connect-under-reset'],
        commands: values.command,
        searchDirs: values['search-dir'],
        state: values.state,
        faults: values.fault,
      },
      process.env,
    )
    const progress = process.stdout.isTTY ? terminalProgress(process.stdout) : undefined
    const log = consoleLog()
    const controller = new AbortController()
    const onSignal = () => controller.abort()
    // `on`, not `once`: with no listener left, the child-process tracker
    // re-raises the signal, and the process would die before its cleanup.
    for (const signal of STOP_SIGNALS) process.on(signal, onSignal)
    try {
      const outcome = await runStepFile({
        stepFile: positionals[0],
        board,
        openocd: { binary: values.openocd },
        outDir: values.out,
        dryRun: values['dry-run'],
        retries: parseInteger(values.retries, 'retries'),
        timeoutMs:
          values.timeout === undefined ? undefined : parseDuration(values.timeout, 'timeout'),
        lock: values['no-lock']
          ? undefined
          : {
              timeoutMs: parseDuration(values['lock-timeout'], 'lock-timeout'),
              dir: values['lock-dir'],
              description: lockHolder(`run ${positionals[0]}`),
            },
        signal: controller.signal,
        onEvent: progress ?? ((e) => log(e).forEach((line) => console.log(line))),
      })
      // GitLab and Jenkins name the checkout; annotations are placed relative to it.
      const workspace = process.env.CI_PROJECT_DIR || process.env.WORKSPACE || process.cwd()
      await writeCiFiles(path.dirname(outcome.files.json), outcome.report, outcome.files.json, {
        file: positionals[0],
        repoPath: repoPath(positionals[0], workspace),
      })
      console.log(`report: ${outcome.files.markdown}`)
      return outcome.exitCode
    } finally {
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal)
    }
  } catch (err) {
    if (
      err instanceof UsageError ||
      err instanceof BoardError ||
      err instanceof SourceError ||
      err instanceof DirectoryError
    ) {
      console.error(`openocd-flash run: ${err.message}`)
      if (err instanceof UsageError)
        console.error(`${usageLine(HELP)}\nrun 'openocd-flash run --help' for the options`)
      return ExitCode.InvalidInput
    }
    throw err
  }
}
