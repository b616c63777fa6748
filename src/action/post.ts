// The post step: frees what main took if main did not get to it (the job was
// cancelled, main crashed or was killed). Silent when main cleaned up itself.
import * as core from '@actions/core'
import { releaseProbeLockTicket } from '../board/lock.js'
import { stopLeftoverOpenOcd } from './leftover.js'
import { savedResources } from './state.js'

export async function post(): Promise<void> {
  const saved = savedResources()
  if (saved.openocdPid !== undefined) await stopOpenOcd(saved.openocdPid, saved.openocdStart)
  if (saved.lockTicket !== undefined) releaseLock(saved.lockTicket)
}

async function stopOpenOcd(pid: number, start: string | undefined): Promise<void> {
  const outcome = await stopLeftoverOpenOcd(pid, start)
  switch (outcome) {
    case 'stopped':
      core.info(`Stopped OpenOCD (pid ${pid}), which the main step left running.`)
      return
    case 'still-running':
      core.warning(`OpenOCD (pid ${pid}) did not stop on SIGTERM or SIGKILL.`)
      return
    case 'unknown':
      core.info(
        `Cannot check on ${process.platform} whether OpenOCD (pid ${pid}) still runs; the runner's job cleanup ends it if it does.`,
      )
      return
    default:
      core.debug(`OpenOCD (pid ${pid}): ${outcome}`)
  }
}

function releaseLock(ticket: string): void {
  try {
    if (releaseProbeLockTicket(ticket))
      core.info(`Released the probe lock the main step still held (${ticket}).`)
  } catch (error) {
    core.warning(`Could not release the probe lock ${ticket}: ${(error as Error).message}`)
  }
}
