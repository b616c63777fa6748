// The main step: inputs → OpenOCD → board → run the step file → outputs,
// annotations, artifact, job summary. The report is uploaded whatever the
// result, and a failed upload never hides the result of the run.
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { selectBoard } from '../board/select.js'
import { BoardError } from '../board/virtual.js'
import { runStepFile, type RunOutcome } from '../engine/run.js'
import { consoleLog } from '../report/console.js'
import type { RunResult } from '../report/model.js'
import { SourceError } from '../util/yaml-schema.js'
import { repoPath, type StepSource } from '../ci/annotations.js'
import { runOutputs } from '../ci/outputs.js'
import { cancelOnSignals } from './cancel.js'
import { InputError, readInputs, type ActionInputs } from './inputs.js'
import { processStart } from './leftover.js'
import { ProvisionError } from './provision/errors.js'
import { provisionOpenOcd, type ProvisionedOpenOcd } from './provision/install.js'
import { prepareReportDir } from './report-dir.js'
import { annotate, setOutputs } from './report.js'
import { markMainStarted, saveResources } from './state.js'
import { artifactUrl, writeSummary, type SummaryExtras } from './summary.js'
import { uploadReport, type UploadedReport } from './upload.js'

const LOG_TAIL_LINES = 100

/**
 * The main step (the typescript-action convention: `run()` is what
 * @github/local-action calls). Never throws: every failure ends as
 * core.setFailed with a message.
 */
export async function run(): Promise<void> {
  // The post step, which the runner starts from the same bundle, finds this flag.
  markMainStarted()
  const cancel = cancelOnSignals()
  const log = consoleLog()
  try {
    const inputs = readInputs()
    const openocd = await core.group('Set up OpenOCD', () => setUpOpenOcd(inputs))
    const board = await selectBoard({ ...inputs.board, searchDirs: [] }, process.env)
    const outDir = await prepareReportDir(inputs.reportDir)
    const outcome = await runStepFile({
      stepFile: inputs.plan.file,
      stepText: inputs.plan.text,
      board,
      openocd: {
        binary: openocd.binary,
        searchDirs: openocd.scriptsDir ? [openocd.scriptsDir] : [],
      },
      outDir,
      dryRun: inputs.dryRun,
      timeoutMs: inputs.timeoutMs,
      lock: { timeoutMs: inputs.lockTimeoutMs, description: lockDescription() },
      signal: cancel.signal,
      onEvent: (e) => log(e).forEach((line) => core.info(line)),
      onResource: ({ openocdPid, lockTicket }) =>
        saveResources({
          openocdPid,
          openocdStart: openocdPid === undefined ? undefined : processStart(openocdPid),
          lockTicket,
        }),
    })
    await publish(outcome, outDir, inputs)
  } catch (error) {
    await failWithoutReport(error)
  } finally {
    cancel.dispose()
  }
}

async function setUpOpenOcd(inputs: ActionInputs): Promise<ProvisionedOpenOcd> {
  const openocd = await provisionOpenOcd(inputs.openocd)
  core.info(`Using ${openocd.version} at ${openocd.binary} (${openocd.source})`)
  core.setOutput('openocd-version', openocd.version)
  return openocd
}

/** Who holds the probe, for jobs that wait for it. */
function lockDescription(): string {
  const e = process.env
  return `${e.GITHUB_REPOSITORY ?? 'a workflow'} run ${e.GITHUB_RUN_ID ?? '?'} job ${e.GITHUB_JOB ?? '?'} on runner ${e.RUNNER_NAME ?? '?'}`
}

/** Outputs, annotations, the OpenOCD log's tail on failure, the artifact, the job summary, the verdict. */
async function publish(outcome: RunOutcome, outDir: string, inputs: ActionInputs): Promise<void> {
  const { report, files, exitCode } = outcome
  setOutputs(runOutputs(report, files.json))
  annotate(report, stepSource(inputs))
  if (exitCode !== 0 && report.result !== 'cancelled' && report.log)
    await showLogTail(path.join(outDir, report.log))
  const artifact = inputs.upload ? await upload(outDir, inputs) : undefined
  setOutputs({ 'artifact-id': artifact?.id })
  await summarize(
    await readFile(files.markdown, 'utf8'),
    artifact && { name: inputs.artifactName, url: artifactUrl(artifact.id) },
  )
  if (exitCode !== 0) core.setFailed(report.message ?? `openocd-flash: ${report.result}`)
}

function stepSource(inputs: ActionInputs): StepSource {
  const { file, text } = inputs.plan
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  return { file, repoPath: text === undefined ? repoPath(file, workspace) : undefined }
}

async function showLogTail(file: string): Promise<void> {
  const lines = (await readFile(file, 'utf8').catch(() => '')).trimEnd().split('\n')
  if (lines.length === 0 || lines[0] === '') return
  await core.group(
    `OpenOCD log (last ${Math.min(lines.length, LOG_TAIL_LINES)} lines)`,
    async () => {
      for (const line of lines.slice(-LOG_TAIL_LINES)) core.info(line)
    },
  )
}

async function upload(dir: string, inputs: ActionInputs): Promise<UploadedReport | undefined> {
  return core.group(`Upload the report as artifact ${inputs.artifactName}`, async () => {
    try {
      const a = await uploadReport(dir, {
        name: inputs.artifactName,
        retentionDays: inputs.retentionDays,
      })
      core.info(`Uploaded ${dir}: artifact ${a.id}, ${a.size} bytes, zip SHA-256 ${a.digest}`)
      return a
    } catch (error) {
      core.warning(`${(error as Error).message} The report is still in ${dir}.`)
      return undefined
    }
  })
}

async function summarize(markdown: string, artifact?: SummaryExtras['artifact']): Promise<void> {
  try {
    await writeSummary(markdown, { artifact })
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}

/** No report to publish: say why, naming the input, board or OpenOCD problem, without a stack trace. */
async function failWithoutReport(error: unknown): Promise<void> {
  const known =
    error instanceof InputError || error instanceof BoardError || error instanceof SourceError
  const result: RunResult = known ? 'invalid-input' : 'infrastructure'
  const message =
    known || error instanceof ProvisionError
      ? (error as Error).message
      : `unexpected error: ${(error as Error).message ?? String(error)}`
  if (error instanceof Error && !known) core.debug(error.stack ?? '')
  core.setOutput('result', result)
  await summarize(`## openocd-flash: ❌ ${result}\n\n> ${message.split('\n').join('\n> ')}\n`)
  core.setFailed(message)
}
