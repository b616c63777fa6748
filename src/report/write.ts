// Writes report.json, report.md and junit.xml into the report folder.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
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
  await writeFile(files.junit, renderJunit(report, await consoles(dir, report)))
  return files
}

// junit.xml carries each run step's console; a runaway console is cut, the
// whole of it stays in its log file.
const CONSOLE_LIMIT = 1024 * 1024

async function consoles(dir: string, report: Report): Promise<Map<number, string>> {
  const texts = new Map<number, string>()
  for (const step of report.steps) {
    if (!step.run) continue
    const text = await readFile(path.join(dir, step.run.log), 'utf8').catch(() => '')
    texts.set(
      step.index,
      text.length > CONSOLE_LIMIT
        ? `${text.slice(0, CONSOLE_LIMIT)}\n[cut: the whole console is ${step.run.log}]\n`
        : text,
    )
  }
  return texts
}
