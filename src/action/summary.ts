// report.md in the job summary, fitted under the runner's 1 MiB limit by the
// CI-neutral layer, with a link to the artifact.
import * as core from '@actions/core'
import { fitSummary } from '../ci/summary.js'

const SUMMARY_LIMIT = 1024 * 1024

export interface SummaryExtras {
  /** Where the full report is, e.g. the artifact's page. */
  artifact?: { name: string; url?: string }
}

export async function writeSummary(markdown: string, extras: SummaryExtras = {}): Promise<void> {
  core.summary.addRaw(fitSummary(markdown, SUMMARY_LIMIT), true)
  const a = extras.artifact
  if (a)
    core.summary.addRaw(
      `\nReport artifact: ${a.url ? `[${a.name}](${a.url})` : `\`${a.name}\``}\n`,
      true,
    )
  await core.summary.write()
}

/** The artifact's page on GitHub, when the runner says which run this is. */
export function artifactUrl(id: number, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/artifacts/${id}`
}
