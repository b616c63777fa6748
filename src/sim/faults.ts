// Fault specs for the virtual target: `openocd-flash sim --fault SPEC` and
// the `faults` option of startVirtualTarget. A spec is KIND:KEY=VALUE,...;
// numbers are decimal or 0x-hex, byte counts may end in K (KiB) or M (MiB).
// Several faults may be given; all of them apply. Each makes OpenOCD report
// an error rather than success:
//
//   erase-fail:sector=N            erasing sector N (F1: the 1 KiB page N, as
//                                  `flash erase_sector` numbers them) fails and
//                                  leaves it as it was; a mass erase fails too.
//                                  F1 sets SR.PGERR, F4, G4 and H7 SR.OPERR
//                                  (H7A3: sectors 0-255, bank 2 from 128).
//   program-fail:addr=A            programming the flash location that holds
//                                  address A fails (F1 PGERR, F4 OPERR, G4
//                                  PROGERR for its double word, H7 OPERR for
//                                  its 16-byte flash word).
//   stuck-bits:addr=A,mask=M[,level=0|1]
//                                  the bits M of the byte at A read as `level`
//                                  (default 0) whatever the cells hold, so
//                                  programming succeeds and verification fails
//                                  at A (if the image has other values there).
//   disconnect:after-bytes=N       once N bytes have been programmed (counted
//                                  over the simulator's life; it fires once),
//                                  the target stops answering — TDO stuck high,
//                                  as with a target that lost power — until
//                                  OpenOCD reconnects; OpenOCD reports JTAG
//                                  errors ("Invalid ACK (7) in DAP response").
//   slow:ms=N[,op=erase|program|any]
//                                  main-flash erases and/or programs keep BSY set
//                                  for N ms (1..60000). OpenOCD gives up after
//                                  5 polls of 1 ms per program step, 100 per F1
//                                  erase and 10000 per F4 sector erase, and then
//                                  reports "timed out waiting for flash".
//   flaky-connect:fails=N          the first N connections to the simulator
//                                  are closed as soon as they are made, as a
//                                  probe that answers only after a replug;
//                                  OpenOCD fails at init, the next one connects.
//   wedged[:after-connections=N]   once N connections have ended (default 0:
//                                  from the start; it wedges once), the link is
//                                  wedged, as a probe that needs a power cycle:
//                                  every connection is closed as soon as it is
//                                  made until the board's power is switched off
//                                  and on (the virtual board's power switch).

/** One line per fault kind, for help texts. */
export const FAULT_SYNTAX = [
  'erase-fail:sector=N',
  'program-fail:addr=ADDR',
  'stuck-bits:addr=ADDR,mask=M[,level=0|1]',
  'disconnect:after-bytes=N',
  'slow:ms=N[,op=erase|program|any]',
  'flaky-connect:fails=N',
  'wedged[:after-connections=N]',
] as const

export type SlowOperation = 'erase' | 'program' | 'any'

export type Fault =
  | { readonly kind: 'erase-fail'; readonly sector: number }
  | { readonly kind: 'program-fail'; readonly address: number }
  | {
      readonly kind: 'stuck-bits'
      readonly address: number
      readonly mask: number
      readonly level: 0 | 1
    }
  | { readonly kind: 'disconnect'; readonly afterBytes: number }
  | { readonly kind: 'slow'; readonly ms: number; readonly operation: SlowOperation }
  | { readonly kind: 'flaky-connect'; readonly fails: number }
  | { readonly kind: 'wedged'; readonly afterConnections: number }

export type FaultKind = Fault['kind']

type Options = ReadonlyMap<string, string>

interface KindSyntax {
  readonly required: readonly string[]
  readonly optional: readonly string[]
  readonly build: (options: Options, spec: string) => Fault
}

const MAX_SLOW_MS = 60_000

const KINDS: Record<FaultKind, KindSyntax> = {
  'erase-fail': {
    required: ['sector'],
    optional: [],
    build: (o, spec) => ({ kind: 'erase-fail', sector: number(o, 'sector', spec, 0, 0xffff) }),
  },
  'program-fail': {
    required: ['addr'],
    optional: [],
    build: (o, spec) => ({ kind: 'program-fail', address: number(o, 'addr', spec, 0, 0xffffffff) }),
  },
  'stuck-bits': {
    required: ['addr', 'mask'],
    optional: ['level'],
    build: (o, spec) => ({
      kind: 'stuck-bits',
      address: number(o, 'addr', spec, 0, 0xffffffff),
      mask: number(o, 'mask', spec, 1, 0xff),
      level: o.has('level') ? (number(o, 'level', spec, 0, 1) as 0 | 1) : 0,
    }),
  },
  disconnect: {
    required: ['after-bytes'],
    optional: [],
    build: (o, spec) => ({
      kind: 'disconnect',
      afterBytes: number(o, 'after-bytes', spec, 1, 0xffffffff),
    }),
  },
  slow: {
    required: ['ms'],
    optional: ['op'],
    build: (o, spec) => ({
      kind: 'slow',
      ms: number(o, 'ms', spec, 1, MAX_SLOW_MS),
      operation: slowOperation(o.get('op') ?? 'any', spec),
    }),
  },
  'flaky-connect': {
    required: ['fails'],
    optional: [],
    build: (o, spec) => ({ kind: 'flaky-connect', fails: number(o, 'fails', spec, 1, 1000) }),
  },
  wedged: {
    required: [],
    optional: ['after-connections'],
    build: (o, spec) => ({
      kind: 'wedged',
      afterConnections: o.has('after-connections')
        ? number(o, 'after-connections', spec, 0, 1000)
        : 0,
    }),
  },
}

/** Parses one fault spec; throws an Error whose message says what is wrong. */
export function parseFault(spec: string): Fault {
  const colon = spec.indexOf(':')
  const kind = colon < 0 ? spec : spec.slice(0, colon)
  const syntax = Object.hasOwn(KINDS, kind) ? KINDS[kind as FaultKind] : undefined
  if (!syntax) {
    throw new Error(
      `bad fault "${spec}": unknown kind "${kind}" (expected ${Object.keys(KINDS).join(', ')})`,
    )
  }
  const options = parseOptions(colon < 0 ? '' : spec.slice(colon + 1), spec)
  const allowed = [...syntax.required, ...syntax.optional]
  for (const key of options.keys()) {
    if (!allowed.includes(key)) {
      throw new Error(
        `bad fault "${spec}": unknown option "${key}" (${kind} takes ${allowed.join(', ')})`,
      )
    }
  }
  for (const key of syntax.required) {
    if (!options.has(key)) throw new Error(`bad fault "${spec}": ${kind} needs ${key}=...`)
  }
  return syntax.build(options, spec)
}

/** The spec a fault was parsed from, in canonical form (for messages). */
export function formatFault(fault: Fault): string {
  const hex = (n: number) => `0x${n.toString(16)}`
  switch (fault.kind) {
    case 'erase-fail':
      return `erase-fail:sector=${fault.sector}`
    case 'program-fail':
      return `program-fail:addr=${hex(fault.address)}`
    case 'stuck-bits':
      return `stuck-bits:addr=${hex(fault.address)},mask=${hex(fault.mask)},level=${fault.level}`
    case 'disconnect':
      return `disconnect:after-bytes=${fault.afterBytes}`
    case 'slow':
      return `slow:ms=${fault.ms},op=${fault.operation}`
    case 'flaky-connect':
      return `flaky-connect:fails=${fault.fails}`
    case 'wedged':
      return `wedged:after-connections=${fault.afterConnections}`
  }
}

function parseOptions(text: string, spec: string): Map<string, string> {
  const options = new Map<string, string>()
  if (text === '') return options
  for (const part of text.split(',')) {
    const eq = part.indexOf('=')
    if (eq <= 0 || eq === part.length - 1) {
      throw new Error(`bad fault "${spec}": expected KEY=VALUE, got "${part}"`)
    }
    const key = part.slice(0, eq)
    if (options.has(key)) throw new Error(`bad fault "${spec}": ${key} given twice`)
    options.set(key, part.slice(eq + 1))
  }
  return options
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 * 1024 }

/** Decimal or 0x-hex, optionally with a K or M suffix. */
export function parseByteCount(text: string): number | undefined {
  const match = /^(0x[0-9a-f]+|\d+)([km]?)$/iu.exec(text.trim())
  if (!match) return undefined
  return Number(match[1]) * UNITS[match[2].toLowerCase()]
}

function number(options: Options, key: string, spec: string, min: number, max: number): number {
  const text = options.get(key) ?? ''
  const value = parseByteCount(text)
  if (value === undefined) throw new Error(`bad fault "${spec}": ${key}=${text} is not a number`)
  if (value < min || value > max) {
    throw new Error(`bad fault "${spec}": ${key} must be between ${min} and ${max}`)
  }
  return value
}

function slowOperation(text: string, spec: string): SlowOperation {
  if (text === 'erase' || text === 'program' || text === 'any') return text
  throw new Error(`bad fault "${spec}": op must be erase, program or any`)
}
