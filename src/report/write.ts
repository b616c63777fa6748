// Writes report.json, report.md, junit.xml and (when there are banks to draw)
// flash-map.svg into the report folder.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { FLASH_MAP_FILE, flashMap, flashMapSvg } from './flash-map.js'
import { renderJunit } from './junit.js'
import { renderMarkdown } from './markdown.js'
import type { Report } from './model.js'

export interface ReportFiles {
  json: string
  markdown: string
  junit: string
  /** Absent when the run read no flash layout (it never connected). */
  flashMap?: string
}

export async function writeReport(dir: string, report: Report): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true })
  const files: ReportFiles = {
    json: path.join(dir, 'report.json'),
    markdown: path.join(dir, 'report.md'),
    junit: path.join(dir, 'junit.xml'),
  }
  const maps = flashMap(report)
  if (maps.length) {
    files.flashMap = path.join(dir, FLASH_MAP_FILE)
    await writeFile(files.flashMap, flashMapSvg(maps))
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
