// Jenkins' reading of a run's annotations: the native JSON format of the
// Warnings Next Generation plugin (`recordIssues tool: issues(pattern: ...)`),
// which places each at its file and line. Test results come from junit.xml.
import type { Annotation } from './annotations.js'

export function warningsNg(annotations: Annotation[]): {
  _class: 'io.jenkins.plugins.analysis.core.restapi.ReportApi'
  issues: object[]
} {
  return {
    _class: 'io.jenkins.plugins.analysis.core.restapi.ReportApi',
    issues: annotations.map((a) => ({
      fileName: a.file ?? '-',
      lineStart: a.line ?? 0,
      columnStart: a.column ?? 0,
      category: a.title,
      type: 'openocd-flash',
      severity: 'ERROR',
      message: a.message,
    })),
  }
}
