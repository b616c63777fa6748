// GitLab's readings of a run: a Code Quality report (its merge-request
// widget places each annotation at its line) and a dotenv report (later jobs
// get the outputs as variables). Both go in `artifacts:reports:` of the job.
import { createHash } from 'node:crypto'
import type { Annotation } from './annotations.js'
import type { RunOutputs } from './outputs.js'

interface CodeQualityIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: 'major'
  location: { path: string; lines: { begin: number } }
}

/** Code Quality entries need a file; annotations without one are in report.md. */
export function codeQuality(annotations: Annotation[]): CodeQualityIssue[] {
  return annotations.flatMap((a) =>
    a.file === undefined
      ? []
      : [
          {
            description: `${a.title}: ${a.message}`,
            check_name: 'openocd-flash',
            fingerprint: createHash('sha256')
              .update(`${a.file}\0${a.line ?? 1}\0${a.message}`)
              .digest('hex'),
            severity: 'major' as const,
            location: { path: a.file, lines: { begin: a.line ?? 1 } },
          },
        ],
  )
}

/**
 * `OPENOCD_FLASH_RESULT=success` and so on, one variable per output. GitLab's
 * dotenv reports hold one line per variable, so several digests are joined
 * with spaces.
 */
export function dotenv(outputs: RunOutputs): string {
  return Object.entries(outputs)
    .map(([name, value]) => {
      const key = `OPENOCD_FLASH_${name.toUpperCase().replace(/-/g, '_')}`
      return `${key}=${value.split('\n').join(' ')}\n`
    })
    .join('')
}
