// Fitting report.md into a CI's summary box. GitHub drops a step's whole
// summary when it is over 1 MiB; GitLab and Jenkins have their own limits.
// A long report is cut at a line and says where the whole of it is.

/** `text` up to `limit` UTF-8 bytes, cut after the last whole line that fits. */
export function fit(text: string, limit: number): { text: string; cut: boolean } {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= limit) return { text, cut: false }
  const end = bytes.lastIndexOf(0x0a, limit - 1)
  return { text: bytes.subarray(0, end + 1).toString('utf8'), cut: true }
}

// Room for the closing lines that follow the report.
const RESERVE = 4 * 1024

/** report.md within `limit` bytes, with a note when it was cut. */
export function fitSummary(markdown: string, limit: number): string {
  const { text, cut } = fit(markdown, limit - RESERVE)
  if (!cut) return text
  return `${text}\n_The report was cut to fit the summary; the whole of it is report.md in the artifact._\n`
}
