// Children that must not outlive us, even when we are killed with SIGKILL
// (no exit hook runs then, and OpenOCD runs in its own process group, so
// nothing else stops it). On Linux, util-linux's `setpriv --pdeathsig KILL`
// sets PR_SET_PDEATHSIG and then execs the program in the same process (same
// pid): the kernel kills it when we die. Without setpriv (or off Linux), or
// when the program cannot be found (so that spawn still reports ENOENT for
// it, not for setpriv), the program is started as it is.
import { findExecutable } from './find-executable.js'

export function dieWithParent(
  program: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): { command: string; args: string[] } {
  const plain = { command: program, args: [...args] }
  if (process.platform !== 'linux') return plain
  const setpriv = findExecutable('setpriv', env)
  const target = findExecutable(program, env)
  if (!setpriv || !target) return plain
  return { command: setpriv, args: ['--pdeathsig', 'KILL', '--', target, ...args] }
}
