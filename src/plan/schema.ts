// The step file, version 1: what should happen to the board, as data.
// Validated before anything touches the target; `schema/steps.v1.schema.json`
// and the README's step-file reference are generated from this (npm run
// schema): every field carries its .describe(), and rules the loader checks
// (one action per step, sectors or an address range) are in the JSON Schema too.
import { z } from 'zod'
import { durationProblem, parseDuration, parseSize } from '../util/units.js'

const ADDRESS_HELP = 'an address: a number such as 0x08000000'
const SIZE_HELP = 'a size: a number of bytes, or with K or M (16K, 1M)'
const DURATION_HELP = 'a duration such as 30s, 500ms or 2m'

// The string forms, as patterns, so that the JSON Schema refuses what the
// loader refuses (`16Q`, `banana`); the transforms below still check ranges.
const ADDRESS_PATTERN = /^\s*(0[xX][0-9a-fA-F_]+|[0-9_]+)\s*$/
const SIZE_PATTERN = /^\s*(0[xX][0-9a-fA-F]+|[0-9]+)\s*([KMkm]([iI]?[bB])?)?\s*$/
const DURATION_PATTERN = /^\s*[0-9]+(\.[0-9]+)?\s*(ms|s|m)?\s*$/

/**
 * JSON Schema for "these keys are present". The keys are named in
 * `properties` too, which `ajv --strict` needs (strictRequired) and which
 * constrains nothing: the object's own `properties` say what each may hold.
 */
const has = (...keys: string[]) => ({
  properties: Object.fromEntries(keys.map((k) => [k, true])),
  required: keys,
})

const notA = (help: string) => (issue: { input?: unknown }) =>
  `${JSON.stringify(issue.input)} is not ${help}`

/** Numbers may be YAML integers (0x08000000 is one) or strings with _ separators. */
const address = z
  .union(
    [
      z.number().int().min(0).max(0xffffffff),
      z.string().regex(ADDRESS_PATTERN, { error: notA(ADDRESS_HELP) }),
    ],
    { error: ADDRESS_HELP },
  )
  .transform((v, ctx) => {
    const n = typeof v === 'number' ? v : Number(v.replace(/_/g, '').trim())
    if (!Number.isSafeInteger(n) || n < 0 || n > 0xffffffff) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is not ${ADDRESS_HELP}` })
      return z.NEVER
    }
    return n
  })

const size = z
  .union([z.number().int().min(1), z.string().regex(SIZE_PATTERN, { error: notA(SIZE_HELP) })], {
    error: SIZE_HELP,
  })
  .transform((v, ctx) => {
    const n = parseSize(v)
    if (n === undefined) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is not ${SIZE_HELP}` })
      return z.NEVER
    }
    return n
  })

const duration = z
  .union([z.number(), z.string().regex(DURATION_PATTERN, DURATION_HELP)], {
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

const bankIndex = z.number().int().min(0)

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
    z.string().regex(/^\s*[0-9]+\s*-\s*[0-9]+\s*$/, 'a sector range such as 2-7'),
  ],
  { error: "sectors: 'all', a number, a list of numbers, or a range such as 2-7" },
)

const imageFormat = z
  .enum(['bin', 'ihex', 'elf'])
  .describe('The image format, when the file name does not tell it: bin, ihex or elf.')

/** Either sectors of a bank, or an address range rounded out to whole sectors. */
const area = (what: string) =>
  z
    .strictObject({
      bank: bankIndex.optional().describe('The bank the sectors are in (default 0).'),
      sectors: sectors
        .optional()
        .describe(
          "Which sectors of the bank: 'all', one (3), a list ([2, 3, 5]) or a range (2-7).",
        ),
      address: address
        .optional()
        .describe(
          `Start of an address range to ${what}, rounded out to whole sectors (with size).`,
        ),
      size: size
        .optional()
        .describe('Length of the address range: bytes, or 16K, 1M (with address).'),
    })
    // Sectors, or an address range; the loader words the same rules for people.
    .meta({
      not: has('sectors', 'address'),
      dependentRequired: { address: ['size'], size: ['address'] },
      anyOf: [has('sectors'), has('address')],
    })

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
const runStep = z
  .strictObject({
    reset: z
      .boolean()
      .default(true)
      .describe('true: reset the target and run it (default); false: resume where it is.'),
    capture: z
      .array(z.enum(CAPTURE_SOURCES))
      .min(1, 'capture: name at least one of rtt, semihosting, uart')
      .default(['rtt', 'semihosting'])
      .describe(
        'Where the console comes from: rtt, semihosting, uart (default rtt and semihosting).',
      ),
    pass: regex
      .optional()
      .describe('A regular expression: the step passes when it appears in the console.'),
    fail: regex
      .optional()
      .describe('A regular expression: the step fails when it appears in the console.'),
    timeout: duration
      .default(60_000)
      .describe(
        'No verdict by then: the step fails, the target is halted and its state recorded (default 60s).',
      ),
    tests: z
      .enum(TEST_FORMATS)
      .optional()
      .describe(
        'Per-test results in the console (unity, ztest or tap), as test cases in junit.xml.',
      ),
    send: z
      .array(z.string())
      .default([])
      .describe('Lines sent to RTT down-channel 0 once RTT is up.'),
    elf: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The ELF whose _SEGGER_RTT symbol locates the RTT control block (default: the last ELF written).',
      ),
    'rtt-address': address
      .optional()
      .describe('Where to search for the RTT control block (default: the part’s SRAM).'),
    'rtt-size': size
      .optional()
      .describe('How far to search for the RTT control block, from rtt-address.'),
  })
  .describe('Run the firmware and judge it by what it prints, how it exits, or how it faults.')

export const stepKinds = {
  backup: z
    .strictObject({
      bank: z
        .union([bankIndex, z.literal('all')])
        .default('all')
        .describe('The bank to read, or all (default).'),
      file: z
        .string()
        .min(1)
        .default('backup-bank{bank}.bin')
        .describe(
          'File name inside the report folder; {bank} is replaced by the bank number (default backup-bank{bank}.bin).',
        ),
    })
    .describe('Read whole banks into files and hash them, before anything is changed.'),
  erase: area('erase').describe('Erase sectors, by number or by address range.'),
  write: z
    .strictObject({
      image: z
        .string()
        .min(1)
        .describe('The image to program (.elf, .hex or .bin), relative to the step file.'),
      address: address
        .optional()
        .describe('Where a raw .bin goes (e.g. 0x08000000); .elf and .hex carry their addresses.'),
      format: imageFormat.optional(),
      verify: z
        .boolean()
        .default(true)
        .describe('Read back and compare after programming (default true).'),
      mode: z
        .enum(['incremental', 'full'])
        .default('incremental')
        .describe(
          'incremental (default) skips sectors that already hold the image; full erases and programs every touched sector.',
        ),
      unwritten: z
        .enum(['keep', 'erase'])
        .default('keep')
        .describe(
          'Bytes of touched sectors outside the image: keep their current value (default), or leave them erased.',
        ),
    })
    .describe('Program an image: erases only the sectors it touches, then verifies.'),
  verify: z
    .strictObject({
      image: z
        .string()
        .min(1)
        .optional()
        .describe('An image (.elf, .hex, or .bin with address) to compare with flash.'),
      address: address.optional().describe('Where a raw .bin image belongs.'),
      format: imageFormat.optional(),
      bank: bankIndex
        .optional()
        .describe('With file: the bank to compare with the reference file (default 0).'),
      file: z
        .string()
        .min(1)
        .optional()
        .describe('A reference file (a golden image) to compare a bank with.'),
      offset: address
        .optional()
        .describe('With file: where in the bank the reference starts (default 0).'),
    })
    .meta({
      not: has('image', 'file'),
      anyOf: [has('image'), has('file')],
    })
    .describe('Compare flash with an image or a golden file, read-only.'),
  protect: area('protect').describe(
    'Write-protect sectors (mapped to the chip’s protection blocks).',
  ),
  unprotect: area('unprotect').describe('Remove write protection from sectors.'),
  reset: z
    .enum(['halt', 'run', 'init'])
    .describe('Reset the target and halt it, let it run, or run its init script.'),
  dump: z
    .strictObject({
      address: address.describe('Start of the memory to read.'),
      size: size.describe('How much to read: bytes, or 16K, 1M.'),
      file: z.string().min(1).describe('File name inside the report folder.'),
    })
    .describe('Read any memory (flash, RAM, registers) into a file in the report folder.'),
  command: z
    .string()
    .min(1)
    .describe('A raw OpenOCD command; bypasses every safety check (needs allow-raw-commands).'),
  run: runStep,
  unlock: z
    .literal(true, { error: 'unlock: true (the step takes no options)' })
    .describe(
      'Clear readout protection by mass-erasing the whole chip, then reset; a no-op on a chip that is not read-protected (needs allow-mass-erase).',
    ),
  'power-cycle': z
    .literal(true, { error: 'power-cycle: true (the step takes no options)' })
    .describe(
      "Switch the board off and on with the inventory's power-cycle commands, then restart OpenOCD and prepare the target again as before the first step (needs the board's power-cycle entry).",
    ),
} as const

/** A key of a step in the file (`verify` becomes `verify` or `verify-bank` as a Step). */
export type FileStepKind = keyof typeof stepKinds
export const STEP_KINDS = Object.keys(stepKinds) as FileStepKind[]

const common = {
  name: z.string().min(1).optional().describe('What the step is for, in the log and the report.'),
  timeout: duration
    .optional()
    .describe('Time limit for the step: 30s, 500ms, 2m, or a number of seconds.'),
  'continue-on-error': z
    .boolean()
    .default(false)
    .describe('Go on with the next step when this one fails; the run still fails.'),
}

const stepShape = {
  ...common,
  ...Object.fromEntries(STEP_KINDS.map((k) => [k, stepKinds[k].optional()])),
} as { [K in FileStepKind]: z.ZodOptional<(typeof stepKinds)[K]> } & typeof common

export const stepSchema = z
  .strictObject(stepShape)
  .superRefine((step, ctx) => {
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
  // Exactly one action per step, for editors too.
  .meta({ oneOf: STEP_KINDS.map((k) => has(k)) })
  .describe(
    `One action (${STEP_KINDS.join(', ')}), with an optional name, timeout and continue-on-error.`,
  )

export const MAX_STEPS = 1000

export const stepFileSchema = z
  .strictObject({
    version: z
      .literal(1, { error: 'version: this tool reads step files of version 1' })
      .describe('The step file format: 1.'),
    'allow-raw-commands': z
      .boolean()
      .default(false)
      .describe('Allow command steps, which bypass every safety check (default false).'),
    'allow-mass-erase': z
      .boolean()
      .default(false)
      .describe(
        'Allow unlock steps, which erase the whole chip to clear readout protection, with no backup possible (default false).',
      ),
    prepare: z
      .enum(['reset-halt', 'halt', 'none'])
      .default('reset-halt')
      .describe('What to do with the target before the first step (default reset-halt).'),
    'on-failure': z
      .strictObject({
        'restore-backup': z
          .boolean()
          .default(false)
          .describe(
            'Write back the backup taken earlier in the run, only the sectors that differ, and verify it.',
          ),
        reset: z
          .enum(['halt', 'run', 'init', 'none'])
          .default('none')
          .describe('Reset the target after a failure, after any restore (default none).'),
      })
      .default({ 'restore-backup': false, reset: 'none' })
      .describe('What to do when a step fails (and has no continue-on-error).'),
    steps: z
      .array(stepSchema)
      .min(1, 'steps: a step file needs at least one step')
      .max(MAX_STEPS, `steps: a step file may have at most ${MAX_STEPS} steps`)
      .describe('The steps, run in order; the run stops at the first that fails.'),
  })
  .describe('What should happen to the board, in order: an openocd-flash step file.')

export type StepFile = z.output<typeof stepFileSchema>
export type RawStep = z.output<typeof stepSchema>
export type Area = z.output<ReturnType<typeof area>>
export type RawRunStep = z.output<typeof runStep>
