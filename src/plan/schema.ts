// The step file, version 1: what should happen to the board, as data.
// Validated before anything touches the target; `schema/steps.schema.json`
// is generated from this for editors (npm run schema).
import { z } from 'zod'
import { durationProblem, parseDuration, parseSize } from '../util/units.js'

const ADDRESS_HELP = 'an address: a number such as 0x08000000'
const SIZE_HELP = 'a size: a number of bytes, or with K or M (16K, 1M)'

/** Numbers may be YAML integers (0x08000000 is one) or strings with _ separators. */
const address = z.union([z.number(), z.string()], { error: ADDRESS_HELP }).transform((v, ctx) => {
  const n = typeof v === 'number' ? v : Number(v.replace(/_/g, '').trim())
  if (!Number.isSafeInteger(n) || n < 0 || n > 0xffffffff) {
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is not ${ADDRESS_HELP}` })
    return z.NEVER
  }
  return n
})

const size = z.union([z.number(), z.string()], { error: SIZE_HELP }).transform((v, ctx) => {
  const n = parseSize(v)
  if (n === undefined) {
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is not ${SIZE_HELP}` })
    return z.NEVER
  }
  return n
})

const DURATION_HELP = 'a duration such as 30s, 500ms or 2m'
const duration = z
  .union([z.number(), z.string().regex(/^\d+(\.\d+)?\s*(ms|s|m)?$/, DURATION_HELP)], {
    error: DURATION_HELP,
  })
  .transform((v, ctx) => {
    const ms = typeof v === 'number' ? v * 1000 : parseDuration(v)!
    // `0s` as well as `0`: an instant timeout fails every step it is on.
    const problem = durationProblem(ms)
    if (problem) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} ${problem}` })
      return z.NEVER
    }
    return ms
  })

const bankIndex = z.number().int().nonnegative()

/** No flash bank has more sectors; larger numbers are refused before anything is expanded. */
export const MAX_SECTOR = 0xffff
const sectorIndex = z
  .number()
  .int()
  .nonnegative()
  .max(MAX_SECTOR, `no flash bank has a sector above ${MAX_SECTOR}`)

/** `all`, one sector, a list, or a range such as `2-7`. */
const sectors = z.union(
  [
    z.literal('all'),
    sectorIndex,
    z
      .array(sectorIndex)
      .min(1)
      .max(MAX_SECTOR + 1),
    z.string().regex(/^\d+\s*-\s*\d+$/, 'a sector range such as 2-7'),
  ],
  { error: "sectors: 'all', a number, a list of numbers, or a range such as 2-7" },
)

/** Either sectors of a bank, or an address range rounded out to whole sectors. */
const area = z.strictObject({
  bank: bankIndex.optional(),
  sectors: sectors.optional(),
  address: address.optional(),
  size: size.optional(),
})

const imageFormat = z.enum(['bin', 'ihex', 'elf'])

const regex = z
  .string()
  .min(1)
  .superRefine((v, ctx) => {
    try {
      new RegExp(v)
    } catch (err) {
      ctx.addIssue({
        code: 'custom',
        message: `not a regular expression: ${(err as Error).message}`,
      })
    }
  })

export const CAPTURE_SOURCES = ['rtt', 'semihosting', 'uart'] as const
export const TEST_FORMATS = ['unity', 'ztest', 'tap'] as const

/** Run the firmware and judge it by what it prints, how it exits, or how it faults. */
const runStep = z.strictObject({
  /** true: reset and run; false: resume where the target is. */
  reset: z.boolean().default(true),
  capture: z
    .array(z.enum(CAPTURE_SOURCES))
    .min(1, 'capture: name at least one of rtt, semihosting, uart')
    .default(['rtt', 'semihosting']),
  /** The step passes when this appears in the console. */
  pass: regex.optional(),
  /** The step fails when this appears in the console. */
  fail: regex.optional(),
  /** No verdict by then: the step fails and the target is halted and its state recorded. */
  timeout: duration.default(60_000),
  /** Per-test results from the console, as test cases in junit.xml. */
  tests: z.enum(TEST_FORMATS).optional(),
  /** Lines sent to RTT down-channel 0 once RTT is up. */
  send: z.array(z.string()).default([]),
  /** The ELF whose _SEGGER_RTT symbol locates the RTT control block (default: the last ELF written). */
  elf: z.string().min(1).optional(),
  /** Or where to search for the control block (default: the part's SRAM). */
  'rtt-address': address.optional(),
  'rtt-size': size.optional(),
})

export const stepKinds = {
  backup: z.strictObject({
    /** A bank number or `all`. */
    bank: z.union([bankIndex, z.literal('all')]).default('all'),
    /** File name pattern inside the output folder; {bank} is replaced. */
    file: z.string().min(1).default('backup-bank{bank}.bin'),
  }),
  erase: area,
  write: z.strictObject({
    image: z.string().min(1),
    address: address.optional(),
    format: imageFormat.optional(),
    verify: z.boolean().default(true),
  }),
  verify: z.strictObject({
    /** An image (.elf, .hex, .bin + address) to compare with flash. */
    image: z.string().min(1).optional(),
    address: address.optional(),
    format: imageFormat.optional(),
    /** Or a bank compared with a reference file (a golden image). */
    bank: bankIndex.optional(),
    file: z.string().min(1).optional(),
    offset: address.optional(),
  }),
  protect: area,
  unprotect: area,
  reset: z.enum(['halt', 'run', 'init']),
  dump: z.strictObject({ address, size, file: z.string().min(1) }),
  command: z.string().min(1),
  run: runStep,
} as const

/** A key of a step in the file (`verify` becomes `verify` or `verify-bank` as a Step). */
export type FileStepKind = keyof typeof stepKinds
export const STEP_KINDS = Object.keys(stepKinds) as FileStepKind[]

const common = {
  name: z.string().min(1).optional(),
  timeout: duration.optional(),
  'continue-on-error': z.boolean().default(false),
}

const stepShape = {
  ...common,
  ...Object.fromEntries(STEP_KINDS.map((k) => [k, stepKinds[k].optional()])),
} as { [K in FileStepKind]: z.ZodOptional<(typeof stepKinds)[K]> } & typeof common

export const stepSchema = z.strictObject(stepShape).superRefine((step, ctx) => {
  const kinds = STEP_KINDS.filter((k) => step[k] !== undefined)
  if (kinds.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      message:
        kinds.length === 0
          ? `a step needs one of: ${STEP_KINDS.join(', ')}`
          : `a step does one thing, but this one has ${kinds.join(' and ')}`,
    })
  }
})

export const MAX_STEPS = 1000

export const stepFileSchema = z.strictObject({
  version: z.literal(1, { error: 'version: this tool reads step files of version 1' }),
  /** `command` steps bypass every safety check, so a file must opt in. */
  'allow-raw-commands': z.boolean().default(false),
  /** What to do with the target before the first step. */
  prepare: z.enum(['reset-halt', 'halt', 'none']).default('reset-halt'),
  'on-failure': z
    .strictObject({
      /** Write back the backup taken earlier in the run, and verify it. */
      'restore-backup': z.boolean().default(false),
      /** Reset the target after a failure (after any restore). */
      reset: z.enum(['halt', 'run', 'init', 'none']).default('none'),
    })
    .default({ 'restore-backup': false, reset: 'none' }),
  steps: z
    .array(stepSchema)
    .min(1, 'steps: a step file needs at least one step')
    .max(MAX_STEPS, `steps: a step file may have at most ${MAX_STEPS} steps`),
})

export type StepFile = z.output<typeof stepFileSchema>
export type RawStep = z.output<typeof stepSchema>
export type Area = z.output<typeof area>
export type RawRunStep = z.output<typeof runStep>
