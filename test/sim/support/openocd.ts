// Test-only adapter: the real openocd against a virtual target, driven
// through the project's own session library, with the small ok/fails/rpc
// vocabulary the simulator tests are written in.
import { CommandError } from '../../../src/openocd/errors.js'
import { Session } from '../../../src/openocd/session.js'
import type { OpenOcdConfigItem } from '../../../src/sim/index.js'

/** Below vitest's test timeout (300 s), so a hang still fails with OpenOCD's log. */
const COMMAND_LIMIT_MS = 240_000

export interface RpcResult {
  /** 0 when the command succeeded, else Tcl's catch code or OpenOCD's error number. */
  rc: number
  /** The command's result and the log lines it produced. */
  out: string
}

export class OpenOcd {
  private constructor(private readonly session: Session) {}

  /** Starts openocd with `config`, runs `init`, and connects to its TCL port. */
  static async start(config: readonly OpenOcdConfigItem[]): Promise<OpenOcd> {
    // These tests judge what OpenOCD answers, not how soon: over remote_bitbang
    // SWD every bit OpenOCD reads is a socket round trip, so on a busy machine
    // a 16 KiB write can take a minute. A command limit is only for a hang.
    return new OpenOcd(await Session.start({ config, commandTimeoutMs: COMMAND_LIMIT_MS }))
  }

  /** Everything openocd printed so far. */
  get output(): string {
    return this.session.log()
  }

  /** Resolves with the exit code once openocd has exited. */
  get exited(): Promise<number | null> {
    return this.session.process!.exited.then(({ code }) => code)
  }

  async rpc(command: string): Promise<RpcResult> {
    try {
      const { result, log } = await this.session.execute(command)
      return { rc: 0, out: [...log, result].filter(Boolean).join('\n') }
    } catch (err) {
      if (!(err instanceof CommandError)) throw err
      return { rc: err.code ?? 1, out: err.response ?? err.message }
    }
  }

  /** Like rpc(), but fails the test with openocd's output unless the command succeeded. */
  async ok(command: string): Promise<string> {
    const { rc, out } = await this.rpc(command)
    if (rc !== 0) throw new Error(`'${command}' failed (rc ${rc}):\n${out}`)
    return out
  }

  /** Runs a command that must fail, and returns its output (what OpenOCD reported). */
  async fails(command: string): Promise<string> {
    const { rc, out } = await this.rpc(command)
    if (rc === 0) throw new Error(`'${command}' succeeded but should have failed:\n${out}`)
    return out
  }

  async kill(): Promise<void> {
    await this.session.process!.kill(0)
  }
}
