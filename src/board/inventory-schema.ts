// The zod schema of the board inventory file (`version: 1`). Strict objects
// everywhere: a misspelt key on a lab runner must fail loudly, not be ignored.
import { z } from 'zod'
import { VIRTUAL_CHIPS } from './spec.js'
import { parseSize } from '../util/units.js'
import { controlCharacterProblem, flashSizeProblem } from './virtual.js'
import { parseFault } from '../sim/faults.js'

const text = z
  .string({ error: 'expected a string' })
  .min(1, 'must not be empty')
  .refine((s) => !controlCharacterProblem(s), 'must not contain control characters')
/** A fault spec, as `--fault` takes it: checked here so that a bad one makes the inventory invalid. */
const fault = text.superRefine((spec, ctx) => {
  try {
    parseFault(spec)
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message })
  }
})
const list = (what: string) =>
  z.union([text.transform((s) => [s]), z.array(text)], {
    error: `expected ${what} or a list of them`,
  })
const files = list('a file name')
const someFiles = files.refine((f) => f.length > 0, 'needs at least one file')

/** A command as argv; numbers are accepted (`-p 2`) and passed on as text. */
const argv = z
  .array(z.union([z.string(), z.number()]).transform(String), {
    error: (issue) =>
      issue.input === undefined ? 'missing command' : 'expected a command as a list of words',
  })
  .min(1, 'needs at least the program name')

const flashSize = z.union([z.string(), z.number()]).transform((size, ctx) => {
  const bytes = parseSize(size)
  if (bytes === undefined)
    ctx.issues.push({ code: 'custom', input: size, message: `'${size}' is not a size such as 64K` })
  return bytes ?? z.NEVER
})

const virtual = z
  .strictObject({
    chip: z.enum(VIRTUAL_CHIPS, { error: `expected chip ${VIRTUAL_CHIPS.join(' or ')}` }),
    'flash-size': flashSize.optional(),
    state: text.optional(),
    faults: z.array(fault).optional(),
    'power-switch': text.optional(),
  })
  .superRefine((v, ctx) => {
    const problem =
      v['flash-size'] === undefined ? undefined : flashSizeProblem(v.chip, v['flash-size'])
    if (problem) ctx.addIssue({ code: 'custom', path: ['flash-size'], message: problem })
  })

// Keys that describe a physical probe and mean nothing for the simulator.
const PROBE_KEYS = [
  'interface',
  'target',
  'config',
  'serial',
  'transport',
  'speed',
  'search-dirs',
] as const

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null

const board = z
  .strictObject({
    interface: someFiles.optional(),
    target: someFiles.optional(),
    config: files.optional(),
    // An unquoted serial such as 000123 is a YAML number and would lose its zeros.
    serial: z
      .string({ error: 'expected the serial as a quoted string, e.g. serial: "000123"' })
      .min(1)
      .refine((s) => !controlCharacterProblem(s), 'must not contain control characters')
      .optional(),
    transport: text.optional(),
    speed: z
      .number({ error: 'expected a number of kHz' })
      .int('expected a whole number of kHz')
      .positive('expected a positive number of kHz')
      .optional(),
    commands: z.array(text).optional(),
    'search-dirs': files.optional(),
    labels: z
      .array(z.string().regex(/^[\w.-]+$/, 'labels are words of letters, digits, _ . -'))
      .optional(),
    'power-cycle': z.strictObject({ off: argv, on: argv }).optional(),
    'connect-under-reset': z.boolean({ error: 'expected true or false' }).optional(),
    retries: z
      .number({ error: 'expected a number of retries' })
      .int('expected a whole number of retries')
      .min(0, 'expected 0 or more retries')
      .max(20, 'at most 20 retries')
      .optional(),
    virtual: virtual.optional(),
    /** The board's serial console, for `run` steps that capture uart. */
    uart: z
      .strictObject({
        device: text,
        baud: z
          .number({ error: 'expected a baud rate such as 115200' })
          .int('expected a whole baud rate')
          .positive('expected a positive baud rate')
          .default(115200),
      })
      .optional(),
  })
  .superRefine(
    (b, ctx) => {
      if (b.virtual) {
        for (const key of PROBE_KEYS) {
          if (b[key] !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: `'${key}' does not apply to a virtual board`,
            })
        }
      } else {
        for (const key of ['interface', 'target'] as const) {
          if (b[key] === undefined)
            ctx.addIssue({
              code: 'custom',
              path: [],
              message: `board needs '${key}' (or 'virtual')`,
            })
        }
      }
    },
    // Also when a value inside is invalid, so that every problem shows at once.
    { when: (payload) => isObject(payload.value) },
  )

const BOARD_NAME = /^[A-Za-z0-9][\w.-]*$/

// Names zod's type errors in the inventory's own terms.
const expected = (what: string) => (issue: { code: string }) =>
  issue.code === 'invalid_type' ? `expected ${what}` : undefined

export const inventorySchema = z.strictObject(
  {
    version: z.literal(1, {
      error: (issue) =>
        issue.input === undefined
          ? "missing 'version: 1'"
          : 'unsupported inventory version: expected 1',
    }),
    boards: z.record(z.string().regex(BOARD_NAME), board, {
      error: (issue) =>
        issue.code === 'invalid_key'
          ? 'board names are letters, digits, _ . - and start with a letter or digit'
          : expected('a map of board names to boards')(issue),
    }),
  },
  { error: expected("a map with 'version: 1' and 'boards'") },
)

export type InventoryFile = z.output<typeof inventorySchema>
export type InventoryEntry = InventoryFile['boards'][string]
