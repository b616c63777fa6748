// SHA-256 of bytes, of a file, streamed, and of a whole folder tree.
import { createHash, type Hash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir, readlink } from 'node:fs/promises'
import { join } from 'node:path'

/** A file's size and SHA-256, taken from the one read of it: what the report records. */
export interface FileDigest {
  bytes: number
  sha256: string
}

export function digest(data: Uint8Array): FileDigest {
  return { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') }
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/**
 * One digest over every path, file content and link target below `root`, in a
 * fixed order. It covers more than bin/openocd because OpenOCD also runs the
 * libraries in libexec/ and the Tcl in openocd/scripts/.
 */
export async function sha256Tree(root: string): Promise<string> {
  const hash = createHash('sha256')
  await addTree(hash, root, '')
  return hash.digest('hex')
}

async function addTree(hash: Hash, root: string, rel: string) {
  const entries = await readdir(join(root, rel), { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const path = rel ? `${rel}/${entry.name}` : entry.name
    const full = join(root, path)
    if (entry.isDirectory()) {
      hash.update(`d ${path}\n`)
      await addTree(hash, root, path)
    } else if (entry.isSymbolicLink()) {
      hash.update(`l ${path} ${await readlink(full)}\n`)
    } else {
      hash.update(`f ${path} ${await sha256File(full)}\n`)
    }
  }
}
