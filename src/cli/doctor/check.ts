// One line of `openocd-flash doctor`: what was checked and how it went.
export type CheckStatus = 'ok' | 'warn' | 'fail'

export interface Check {
  status: CheckStatus
  /** What was checked, e.g. `openocd` or `probe nucleo-f401-2`. */
  subject: string
  message: string
}

const make =
  (status: CheckStatus) =>
  (subject: string, message: string): Check => ({ status, subject, message })

export const ok = make('ok')
export const warn = make('warn')
export const fail = make('fail')

export function formatCheck(c: Check): string {
  return `${c.status.padEnd(4)}  ${c.subject}: ${c.message}`
}
