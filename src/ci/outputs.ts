// The outputs of a run, read from its report: the same names and values for
// every CI (GitHub step outputs, a GitLab dotenv report, Jenkins environment).
import type { FileRecord, Report } from '../report/model.js'

export type RunOutputs = {
  result: string
  report: string
  'backup-sha256': string
  'image-sha256': string
  verified: string
}

export function runOutputs(report: Report, reportJson: string): RunOutputs {
  const verifications = report.steps.flatMap((s) => (s.verification ? [s.verification] : []))
  return {
    result: report.result,
    report: reportJson,
    'backup-sha256': digests(report, (f) => f.role === 'backup'),
    'image-sha256': digests(report, (f, kind) => f.role === 'image' && kind === 'write'),
    verified: String(verifications.length > 0 && verifications.every((v) => v.match)),
  }
}

/** One line per distinct file digest, in step order. */
function digests(report: Report, pick: (f: FileRecord, stepKind: string) => boolean): string {
  const hashes = report.steps.flatMap((s) => s.files.filter((f) => pick(f, s.kind)))
  return [...new Set(hashes.map((f) => f.sha256))].join('\n')
}
