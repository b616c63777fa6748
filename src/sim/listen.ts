// Listening for the simulator's sockets: one-line errors, and a socket file
// left over from a killed simulator removed (one still answering is not).
import { lstatSync, unlinkSync } from 'node:fs'
import { connect, type Server } from 'node:net'

export function listening(server: Server, listen: () => void, where: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'it is in use' : error.message
      reject(new Error(`cannot listen on ${where}: ${reason}`))
    }
    server.once('error', onError)
    server.once('listening', () => {
      server.off('error', onError)
      resolve()
    })
    listen()
  })
}

/** A socket file nobody answers on is left over from a killed simulator: remove it. */
export async function removeStaleSocket(path: string): Promise<void> {
  const stat = lstatSync(path, { throwIfNoEntry: false })
  if (!stat) return
  if (!stat.isSocket())
    throw new Error(`cannot listen on ${path}: a file that is not a socket is there`)
  const alive = await new Promise<boolean>((resolve) => {
    const probe = connect(path)
    probe.once('connect', () => {
      probe.destroy()
      resolve(true)
    })
    probe.once('error', () => resolve(false))
  })
  if (alive) throw new Error(`cannot listen on ${path}: another virtual target is running there`)
  unlinkSync(path)
}
