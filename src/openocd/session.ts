// An OpenOCD session: a connection to its TCL RPC port (to an OpenOCD we
// started, or one someone else runs), with the flash and target APIs on top.
import { rmSync } from 'node:fs'
import { ownedTempDir } from '../util/owned-temp.js'
import { logTail, startFailure, withoutHarmlessErrors } from './classify.js'
import { CommandError, OpenOcdError, TimeoutError, type OpenOcdErrorDetails } from './errors.js'
import { Flash } from './flash.js'
import { launchOpenOcd, type LaunchOptions, type OpenOcdProcess } from './launcher.js'
import { RpcClient } from './rpc.js'
import { tclScript } from './tcl.js'
import { Target } from './target.js'

export interface CommandOptions {
  timeoutMs?: number
  /**
   * Raise OpenOCD's log level to debug while the command runs and collect
   * the debug lines here, e.g. a driver's reads of a status register that it
   * clears before it fails. They stay out of the command's log and errors.
   */
  debugInto?: string[]
}

export interface CommandOutput {
  /** What the command returned. */
  result: string
  /** What OpenOCD logged while it ran (errors, warnings, progress). */
  log: string[]
}

export interface StartOptions extends LaunchOptions {
  /** Run OpenOCD's `init` (connect to the probe and examine the target). Default true. */
  init?: boolean
  /** Default time limit for each command. Default 60 s. */
  commandTimeoutMs?: number
}

export interface ConnectOptions {
  host?: string
  port?: number
  commandTimeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 60_000
// Written to OpenOCD's log before and after every command, so that the log
// lines a command produced can be told apart from everything else.
const MARK = '@@openocd-flash:'

export class Session {
  readonly flash: Flash
  readonly target: Target
  private readonly tmp: string
  private sequence = 0
  private closing: Promise<void> | undefined
  // Each command's reply: OpenOCD echoes it into its log after the end mark,
  // and log tails shown to people leave it out (see readableLog).
  private readonly replies = new Map<number, { ok: boolean; lines: number }>()

  private constructor(
    private readonly rpc: RpcClient,
    /** The OpenOCD process, when this session started it. */
    readonly process: OpenOcdProcess | undefined,
    private readonly commandTimeoutMs: number,
  ) {
    this.tmp = ownedTempDir('openocd-flash-')
    this.flash = new Flash(this, this.tmp)
    this.target = new Target(this)
  }

  /** Starts OpenOCD, connects to it and (by default) runs `init`. */
  static async start(options: StartOptions): Promise<Session> {
    const proc = await launchOpenOcd(options)
    let session: Session | undefined
    try {
      const rpc = await RpcClient.connect('127.0.0.1', proc.tclPort)
      session = new Session(rpc, proc, options.commandTimeoutMs ?? DEFAULT_TIMEOUT_MS)
      if (options.init !== false) await session.init()
      return session
    } catch (err) {
      if (session) await session.close()
      else await proc.kill(500)
      throw err
    }
  }

  /** Connects to an OpenOCD that is already running. */
  static async connect(options: ConnectOptions = {}): Promise<Session> {
    const rpc = await RpcClient.connect(options.host ?? '127.0.0.1', options.port ?? 6666)
    return new Session(rpc, undefined, options.commandTimeoutMs ?? DEFAULT_TIMEOUT_MS)
  }

  /**
   * The OpenOCD log so far, when this session started OpenOCD, as people read
   * it: without the marks around each command and OpenOCD's echo of replies.
   */
  log(): string {
    return this.process ? readableLog(this.process.log(), this.replies) : ''
  }

  /**
   * Runs a raw Tcl command and returns its result. Throws CommandError, with
   * OpenOCD's logged error lines, when it fails.
   */
  async command(tcl: string, options: CommandOptions = {}): Promise<string> {
    return (await this.execute(tcl, options)).result
  }

  /**
   * Like `command`, but a rejected command becomes an error of `Kind`
   * (FlashError, TargetError), keeping OpenOCD's response.
   */
  async commandAs(
    Kind: new (message: string, details: OpenOcdErrorDetails) => OpenOcdError,
    tcl: string,
    options: CommandOptions = {},
  ): Promise<string> {
    try {
      return await this.command(tcl, options)
    } catch (err) {
      if (!(err instanceof CommandError)) throw err
      throw new Kind(err.message, {
        command: tcl,
        response: err.response,
        code: err.code,
        cause: err,
      })
    }
  }

  /** Runs a command and returns its result together with what it logged. */
  async execute(tcl: string, options: CommandOptions = {}): Promise<CommandOutput> {
    const n = ++this.sequence
    const [begin, end] = [`${MARK}${n}<@@`, `${MARK}${n}>@@`]
    const logged: string[] = []
    let marked: () => void = () => {}
    const markSeen = new Promise<void>((resolve) => (marked = resolve))
    // Only lines between the two marks are this command's: earlier ones may
    // still be in the pipe from before, and after the end mark OpenOCD logs
    // the reply (our "rc result" string), as it logs every top-level result.
    let phase: 'before' | 'inside' | 'after' = 'before'
    const unsubscribe = this.process?.onLogLine((line) => {
      if (line.includes(begin)) phase = 'inside'
      else if (line.includes(end)) {
        phase = 'after'
        marked()
      } else if (phase === 'inside') logged.push(line)
    })
    const timeoutMs = options.timeoutMs ?? this.commandTimeoutMs
    try {
      const message =
        (unsubscribe ? `echo ${begin}; ` : '') +
        `set __ofl_rc [catch {${options.debugInto ? atDebugLevel(tcl) : `eval ${tclScript(tcl)}`}} __ofl_res]; ` +
        `${unsubscribe ? `echo ${end}; ` : ''}return "$__ofl_rc $__ofl_res"`
      const reply = await this.rpc.send(message, timeoutMs).catch((err: unknown) => {
        throw this.onTransportError(err, tcl)
      })
      if (unsubscribe) {
        // The log arrives on another pipe than the reply; wait for the mark
        // briefly, but never let a redirected log hold the session up.
        await Promise.race([markSeen, delay(1000)])
      }
      const space = reply.indexOf(' ')
      const rc = Number(space < 0 ? reply : reply.slice(0, space))
      this.replies.set(n, { ok: rc === 0, lines: reply.split('\n').length })
      // 0.12.0 hands command results over without trailing whitespace; later
      // builds keep what command_print left there (`mdw` ends in a space since
      // c99c043f3 dropped only the last newline). No result means anything by
      // trailing whitespace, so both builds give the parsers the same text.
      const result = space < 0 ? '' : reply.slice(space + 1).trimEnd()
      let log = logged.map(stripLevel).filter((l) => l !== '')
      if (options.debugInto) {
        options.debugInto.push(...log.filter(isDebugLine))
        log = log.filter((l) => !isDebugLine(l)).map(withoutDebugPrefix)
      }
      if (rc !== 0) {
        const words = [result, ...problems(log)].filter((s) => s.trim()).join('\n')
        throw new CommandError(`'${tcl}' failed: ${words || `return code ${rc}`}`, {
          command: tcl,
          response: [result, ...log].join('\n'),
          code: rc,
        })
      }
      return { result, log }
    } finally {
      unsubscribe?.()
    }
  }

  /** Sends `shutdown`, stops the process if we started it, removes temp files. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      // With an idle connection OpenOCD is asked to shut down (it then
      // releases the probe cleanly). A broken one means it may be stuck, and a
      // busy one (closing mid-command: a timeout or a cancel) would queue the
      // request behind a command that may run for minutes.
      const polite = !this.rpc.closed && !this.rpc.busy
      if (polite) await this.rpc.send('shutdown', 2000).catch(() => undefined)
      this.rpc.close()
      if (this.process) {
        const exited =
          polite && (await Promise.race([this.process.exited.then(() => true), delay(2000)]))
        if (!exited) await this.process.kill(polite ? 2000 : 300)
      }
      rmSync(this.tmp, { recursive: true, force: true })
    })()
    return this.closing
  }

  private async init(): Promise<void> {
    try {
      await this.execute('init')
    } catch (err) {
      if (!(err instanceof OpenOcdError) || err instanceof TimeoutError) throw err
      const log = this.log()
      throw startFailure('OpenOCD could not initialise the probe and target', log)
    }
  }

  // A timed-out or broken connection leaves OpenOCD in an unknown state; we
  // stop it rather than leave it holding the probe.
  private onTransportError(err: unknown, tcl: string): unknown {
    if (this.process) void this.close()
    if (err instanceof TimeoutError) {
      const tail = this.process
        ? `\n--- last lines of the OpenOCD log ---\n${logTail(this.log())}`
        : ''
      return new TimeoutError(`'${tcl}': ${err.message}${tail}`, {
        command: tcl,
        response: this.log(),
      })
    }
    return err
  }
}

const MARK_LINE = new RegExp(`^${MARK}(\\d+)([<>])@@\\r?$`)

/**
 * Drops the session's marks and what OpenOCD echoes after an end mark: the
 * reply of a command that succeeded, or the bare error number (e.g. `-4`) of
 * one that failed. Only lines that look like that echo are dropped.
 */
export function readableLog(
  log: string,
  replies: ReadonlyMap<number, { ok: boolean; lines: number }>,
): string {
  const lines = log.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const mark = MARK_LINE.exec(lines[i])
    if (!mark) {
      out.push(lines[i])
      continue
    }
    const reply = mark[2] === '>' ? replies.get(Number(mark[1])) : undefined
    const next = lines[i + 1] ?? ''
    // OpenOCD logs the reply after the end mark: "0 result" or "rc result",
    // which 0.12.0 logs without trailing spaces ("-4") and later builds with
    // them ("1 ").
    if (reply && (reply.ok ? /^0( |\r?$)/ : /^-?[1-9]\d*( |\r?$)/).test(next)) i += reply.lines
  }
  return out.join('\n')
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}

const isDebugLine = (line: string) => /^Debug\b/.test(line)

// At debug level OpenOCD puts a counter, the time and the source before every
// message ("Error: 60 503 stm32l4x.c:791 stm32l4_wait_status_busy(): …"):
// the other lines read as they do at the usual level.
const DEBUG_PREFIX = /^(User |Info |Warn |Error)(: )\d+ \d+ \S+:\d+ \S+\(\): /

function withoutDebugPrefix(line: string): string {
  return line.replace(DEBUG_PREFIX, (_, level: string, colon: string) =>
    level === 'User ' ? '' : level + colon,
  )
}

/** `tcl` run at log level 3 at least, the level put back whatever happens; an error stays an error. */
function atDebugLevel(tcl: string): string {
  return (
    'set __ofl_level [lindex [debug_level] end]; ' +
    'if {$__ofl_level < 3} {debug_level 3}; ' +
    `set __ofl_drc [catch {eval ${tclScript(tcl)}} __ofl_dres]; ` +
    'debug_level $__ofl_level; ' +
    'if {$__ofl_drc} {error $__ofl_dres} else {set __ofl_dres}'
  )
}

function stripLevel(line: string): string {
  return line.replace(/\r$/, '')
}

// The lines that say what went wrong: errors if there are any, else warnings.
function problems(log: string[]): string[] {
  const meaningful = withoutHarmlessErrors(log)
  const errors = meaningful.filter((l) => /^Error\b/.test(l))
  return errors.length ? errors : meaningful.filter((l) => /^Warn\b/.test(l))
}
