// report.json, version 1: everything a run did, for machines (the action's
// outputs, dashboards) and as the source of report.md and junit.xml.

export const REPORT_SCHEMA = 'openocd-flash/report/v1'

export type RunResult =
  | 'success'
  | 'step-failed'
  | 'invalid-input'
  | 'infrastructure'
  | 'lock-timeout'
  | 'timeout'
  | 'cancelled'

export type StepStatus = 'passed' | 'failed' | 'skipped' | 'timeout' | 'planned'

export interface FileRecord {
  /** Relative to the report folder for files the run wrote; absolute for inputs. */
  path: string
  role: 'backup' | 'image' | 'reference' | 'dump' | 'log'
  bytes: number
  sha256: string
}

export interface SectorRecord {
  index: number
  offset: number
  size: number
  protected: boolean
}

export interface BankRecord {
  index: number
  name: string
  driver: string
  base: number
  size: number
  target: string
  description?: string
  sectors: SectorRecord[]
  protectionBlocks: SectorRecord[]
}

export interface MismatchRecord {
  address: number
  length: number
  bank?: number
  sector?: number
  /** Hex of the first (at most 64) bytes the reference holds. */
  expected: string
  /** Hex of the same bytes as read from the target. */
  actual: string
}

export interface VerificationRecord {
  match: boolean
  address: number
  length: number
  mismatchedBytes: number
  ranges: MismatchRecord[]
  truncated: boolean
}

export interface SectorActivity {
  bank: number
  backedUp: number[]
  erased: number[]
  written: number[]
  verified: number[]
  /** Sectors whose verification found bytes that differ. */
  verifyFailed: number[]
  /** Protection blocks switched on or off. */
  protected: number[]
  unprotected: number[]
}

export interface StepRecord {
  index: number
  name: string
  kind: string
  /** Line of the step in the step file. */
  line: number
  status: StepStatus
  startedAt?: string
  durationMs?: number
  bytes?: number
  bytesPerSecond?: number
  /** Sectors (or protection blocks) the plan says the step touches. */
  plan: Array<{ bank: number; sectors: number[]; blocks: number[] }>
  rounded?: {
    requested: { address: number; size: number }
    actual: { address: number; size: number }
  }
  files: FileRecord[]
  verification?: VerificationRecord
  error?: { message: string; openocd?: string }
  notes: string[]
}

export interface RestoreRecord {
  /** `skipped`: restore was asked for, but no backup had been taken, so nothing was written. */
  status: 'passed' | 'failed' | 'skipped'
  banks: Array<{ bank: number; sectors: number[]; verified: boolean; backup: string }>
  error?: string
  /** Why a restore was skipped. */
  reason?: string
}

export interface Report {
  schema: typeof REPORT_SCHEMA
  tool: { name: 'openocd-flash'; version: string }
  openocd: { version?: string; binary?: string }
  board: { name: string; virtual?: string; serial?: string }
  stepFile: string
  startedAt: string
  finishedAt: string
  durationMs: number
  dryRun: boolean
  result: RunResult
  exitCode: number
  /** Why the run did not succeed, in one paragraph. */
  message?: string
  banksBefore: BankRecord[]
  banksAfter: BankRecord[]
  steps: StepRecord[]
  activity: SectorActivity[]
  restore?: RestoreRecord
  /** Problems found in the step file (invalid input), with file:line:column. */
  problems: string[]
  log?: string
}
