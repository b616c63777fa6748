// How a probe lock taken from the command line names its holder, for
// `openocd-flash boards` and for the jobs waiting behind it.
import os from 'node:os'

/** E.g. `openocd-flash run steps.yml (alice on lab-3)`. */
export function lockHolder(command: string): string {
  const user = process.env.USER ?? process.env.USERNAME ?? 'cli'
  return `openocd-flash ${command} (${user} on ${os.hostname()})`
}
