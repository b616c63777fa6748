// What a step executor gets and gives back.
import type { Transfer } from '../engine/events.js'
import type { OnBytes } from '../openocd/chunks.js'
import type { Session } from '../openocd/session.js'
import type { FlashBank, VerifyResult } from '../openocd/types.js'
import type { PlannedStep } from '../plan/plan.js'
import type { StepKind, StepOf } from '../plan/steps.js'
import type {
  FileRecord,
  FirmwareRunRecord,
  FlashWriteRecord,
  PowerCycleRecord,
  SectorActivity,
} from '../report/model.js'
import type { UartPort } from '../run/uart.js'

export interface Backup {
  bank: number
  /** Absolute path of the dump. */
  file: string
  /** Path relative to the report folder. */
  relative: string
  sha256: string
}

export interface StepContext {
  session: Session
  /** The report folder: backups and dumps are written here. */
  outDir: string
  /** Banks with sectors and protection, as read before the first step. */
  banks: FlashBank[]
  /** The first backup of each bank taken in this run, by bank. */
  backups: Map<number, Backup>
  /**
   * Whole-bank contents this run has read (its backups), by bank, while no
   * step since could have changed them: evidence a write can use instead of
   * reading the flash again. The engine clears it after any step that may
   * change flash.
   */
  known: Map<number, Uint8Array>
  /** Progress of the step in flight (or of the restore), one line of text. */
  progress(text: string): void
  /** Starts counting a read or write of `total` bytes; feed the result to the flash call. */
  transfer(operation: Transfer['operation'], total: number): OnBytes
  /** The board's serial console, when the inventory names one. */
  uart?: UartPort
  /** The board's power, for power-cycle steps (the run refuses them on a board without power-cycle commands). */
  power: {
    /** Stops OpenOCD and runs the board's power-cycle commands. */
    cycle(): Promise<PowerCycleRecord>
    /** Starts OpenOCD again (into `session`) and prepares the target as before the first step. */
    reconnect(step: StepOf<'power-cycle'>): Promise<void>
  }
}

export type Activity = Partial<Omit<SectorActivity, 'bank'>> & { bank: number }

export interface StepResult {
  bytes?: number
  /** What a write did per sector and per phase. */
  flash?: FlashWriteRecord
  files?: FileRecord[]
  verification?: VerifyResult
  run?: FirmwareRunRecord
  powerCycle?: PowerCycleRecord
  notes?: string[]
  activity?: Activity[]
}

/** A step that failed after doing part of its work; `result` says what it did. */
export class StepFailure extends Error {
  constructor(
    message: string,
    readonly result: StepResult,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'StepFailure'
  }
}

/** Carries out one kind of step, typed by that kind. */
export type StepExecutor<K extends StepKind = StepKind> = (
  ctx: StepContext,
  planned: PlannedStep<K>,
) => Promise<StepResult>
