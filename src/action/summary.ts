// report.md in the job summary. The runner drops a step's whole summary when
// it is over 1 MiB, so a long report is cut at a line and points at the artifact.
import * as core from '@actions/core'

const SUMMARY_LIMIT = 1024 * 1024
// Room for the closing lines that follow the report.
const RESERVE = 4 * 1024

export interface SummaryExtras {
  /** Where the full report is, e.g. the artifact's page. */
  artifact?: { name: string; url?: string }
}

export async function writeSummary(markdown: string, extras: SummaryExtras = {}): Promise<void> {
  const { text, cut } = fit(markdown, SUMMARY_LIMIT - RESERVE)
  core.summary.addRaw(text, true)
  if (cut)
    core.summary.addRaw(
      `\n_The report was cut to fit the job summary; the whole of it is report.md in the artifact._\n`,
      true,
    )
  const a = extras.artifact
  if (a)
    core.summary.addRaw(
      `\nReport artifact: ${a.url ? `[${a.name}](${a.url})` : `\`${a.name}\``}\n`,
      true,
    )
  await core.summary.write()
}

/** `text` up to `limit` UTF-8 bytes, cut after the last whole line that fits. */
export function fit(text: string, limit: number): { text: string; cut: boolean } {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= limit) return { text, cut: false }
  const end = bytes.lastIndexOf(0x0a, limit - 1)
  return { text: bytes.subarray(0, end + 1).toString('utf8'), cut: true }
}

/** The artifact's page on GitHub, when the runner says which run this is. */
export function artifactUrl(id: number, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/artifacts/${id}`
}
