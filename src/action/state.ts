// What the main step hands to the post step. The runner turns core.saveState
// into STATE_<name> variables for post; the names live only here.
import * as core from '@actions/core'

const NAMES = {
  isPost: 'isPost',
  openocdPid: 'openocd-pid',
  openocdStart: 'openocd-start',
  lockTicket: 'lock-ticket',
} as const

/** Resources main took that post frees if main did not get to it. */
export interface SavedResources {
  openocdPid?: number
  /** When that process started (see processStart), so post never signals a reused pid. */
  openocdStart?: string
  lockTicket?: string
}

/** One bundle serves both entries (as in actions/checkout): post is whichever run finds this flag. */
export function isPost(): boolean {
  return core.getState(NAMES.isPost) === 'true'
}

export function markMainStarted(): void {
  core.saveState(NAMES.isPost, 'true')
}

export function saveResources(r: SavedResources): void {
  if (r.openocdPid !== undefined) core.saveState(NAMES.openocdPid, r.openocdPid)
  if (r.openocdStart !== undefined) core.saveState(NAMES.openocdStart, r.openocdStart)
  if (r.lockTicket !== undefined) core.saveState(NAMES.lockTicket, r.lockTicket)
}

export function savedResources(): SavedResources {
  const pid = Number(core.getState(NAMES.openocdPid))
  return {
    openocdPid: Number.isSafeInteger(pid) && pid > 0 ? pid : undefined,
    openocdStart: core.getState(NAMES.openocdStart) || undefined,
    lockTicket: core.getState(NAMES.lockTicket) || undefined,
  }
}
