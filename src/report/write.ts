// Writes report.json, report.md and junit.xml into the report folder.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderJunit } from './junit.js'
import { renderMarkdown } from './markdown.js'
import type { Report } from './model.js'

export interface ReportFiles {
  json: string
  markdown: string
  junit: string
}

export async function writeReport(dir: string, report: Report): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true })
  const files = {
    json: path.join(dir, 'report.json'),
    markdown: path.join(dir, 'report.md'),
    junit: path.join(dir, 'junit.xml'),
  }
  await writeFile(files.json, JSON.stringify(report, null, 2) + '\n')
  await writeFile(files.markdown, renderMarkdown(report))
  await writeFile(files.junit, renderJunit(report))
  return files
}
