// The files a CI other than GitHub reads from the report folder: GitLab's
// Code Quality and dotenv reports and Jenkins' Warnings NG issues.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Report } from '../report/model.js'
import { annotations, type StepSource } from './annotations.js'
import { codeQuality, dotenv } from './gitlab.js'
import { warningsNg } from './jenkins.js'
import { runOutputs } from './outputs.js'

export const CI_FILES = {
  codeQuality: 'code-quality.json',
  dotenv: 'outputs.env',
  warningsNg: 'issues.json',
} as const

export async function writeCiFiles(
  dir: string,
  report: Report,
  reportJson: string,
  source: StepSource,
): Promise<void> {
  const found = annotations(report, source)
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'
  await writeFile(path.join(dir, CI_FILES.codeQuality), json(codeQuality(found)))
  await writeFile(path.join(dir, CI_FILES.dotenv), dotenv(runOutputs(report, reportJson)))
  await writeFile(path.join(dir, CI_FILES.warningsNg), json(warningsNg(found)))
}
