// Typed steps, as the engine runs them, from the validated step file.
import path from 'node:path'
import type { ImageFormat } from '../image/index.js'
import type { LayoutOptions } from './layout.js'
import type { Area, FileStepKind, RawRunStep, RawStep } from './schema.js'
import { STEP_KINDS } from './schema.js'
import { formatBytes } from '../report/format.js'
import { hex } from './sectors.js'

interface Common {
  /** Position in the file, from 0. */
  index: number
  name: string
  timeoutMs?: number
  continueOnError: boolean
  /** Line of the step in the step file. */
  line: number
}

export interface ImageRef {
  /** Absolute path (relative paths are resolved against the step file's folder). */
  path: string
  address?: number
  format?: ImageFormat
}

export type StepSpec =
  | { kind: 'backup'; bank: number | 'all'; file: string }
  | { kind: 'erase'; area: Area }
  | { kind: 'write'; image: ImageRef; verify: boolean; layout: LayoutOptions }
  | { kind: 'verify'; image: ImageRef }
  | { kind: 'verify-bank'; bank: number; file: string; offset: number }
  | { kind: 'protect'; area: Area }
  | { kind: 'unprotect'; area: Area }
  | { kind: 'reset'; mode: 'halt' | 'run' | 'init' }
  | { kind: 'dump'; address: number; size: number; file: string }
  | { kind: 'command'; tcl: string }
  | { kind: 'run'; run: RunSpec }
  | { kind: 'unlock' }
  | { kind: 'power-cycle' }

export type CaptureSource = RawRunStep['capture'][number]
export type TestFormat = NonNullable<RawRunStep['tests']>

export interface RunSpec {
  reset: boolean
  capture: CaptureSource[]
  pass?: string
  fail?: string
  timeoutMs: number
  tests?: TestFormat
  send: string[]
  /** Absolute path of the ELF that names _SEGGER_RTT, when known. */
  elf?: string
  rtt?: { address: number; size: number }
}

export type Step = Common & StepSpec
export type StepKind = Step['kind']
export type StepOf<K extends StepKind> = Extract<Step, { kind: K }>

export function stepKind(raw: RawStep): FileStepKind {
  return STEP_KINDS.find((k) => raw[k] !== undefined)!
}

export function toStep(raw: RawStep, index: number, line: number, baseDir: string): Step {
  const kind = stepKind(raw)
  const common: Common = {
    index,
    name: raw.name ?? defaultName(raw, kind),
    timeoutMs: raw.timeout,
    continueOnError: raw['continue-on-error'],
    line,
  }
  const abs = (p: string) => path.resolve(baseDir, p)
  switch (kind) {
    case 'backup':
      return { ...common, kind, ...raw.backup! }
    case 'erase':
    case 'protect':
    case 'unprotect':
      return { ...common, kind, area: raw[kind]! }
    case 'write': {
      const w = raw.write!
      return {
        ...common,
        kind,
        image: { path: abs(w.image), address: w.address, format: w.format },
        verify: w.verify,
        layout: { mode: w.mode, unwritten: w.unwritten },
      }
    }
    case 'verify': {
      const v = raw.verify!
      if (v.image !== undefined) {
        return {
          ...common,
          kind,
          image: { path: abs(v.image), address: v.address, format: v.format },
        }
      }
      return {
        ...common,
        kind: 'verify-bank',
        bank: v.bank ?? 0,
        // a missing file is reported by the loader, with its line
        file: v.file === undefined ? '' : abs(v.file),
        offset: v.offset ?? 0,
      }
    }
    case 'reset':
      return { ...common, kind, mode: raw.reset! }
    case 'dump':
      return { ...common, kind, ...raw.dump! }
    case 'command':
      return { ...common, kind, tcl: raw.command! }
    case 'unlock':
    case 'power-cycle':
      return { ...common, kind }
    case 'run': {
      const r = raw.run!
      return {
        ...common,
        kind,
        run: {
          reset: r.reset,
          capture: [...new Set(r.capture)],
          pass: r.pass,
          fail: r.fail,
          timeoutMs: r.timeout,
          tests: r.tests,
          send: r.send,
          elf: r.elf === undefined ? undefined : abs(r.elf),
          rtt:
            r['rtt-address'] === undefined
              ? undefined
              : { address: r['rtt-address'], size: r['rtt-size'] ?? 1024 },
        },
      }
    }
  }
}

function defaultName(raw: RawStep, kind: FileStepKind): string {
  switch (kind) {
    case 'backup':
      return `backup bank ${raw.backup!.bank}`
    case 'write':
      return `write ${path.basename(raw.write!.image)}`
    case 'verify':
      return raw.verify!.image !== undefined
        ? `verify ${path.basename(raw.verify!.image)}`
        : `verify bank ${raw.verify!.bank ?? 0} against ${path.basename(raw.verify!.file ?? '')}`
    case 'reset':
      return `reset ${raw.reset}`
    case 'dump':
      return `dump ${path.basename(raw.dump!.file)}`
    case 'command':
      return `command ${raw.command!.split('\n')[0].slice(0, 40)}`
    case 'run':
      return `run (${raw.run!.capture.join(', ')})`
    case 'unlock':
      return 'unlock (mass erase)'
    case 'power-cycle':
      return 'power-cycle the board'
    default: {
      const a = raw[kind] as Area
      const what =
        a.address !== undefined
          ? `${hex(a.address)}+${a.size === undefined ? '?' : formatBytes(a.size)}`
          : `bank ${a.bank ?? 0} sectors ${Array.isArray(a.sectors) ? a.sectors.join(',') : (a.sectors ?? 'all')}`
      return `${kind} ${what}`
    }
  }
}
