#!/usr/bin/env node
// The openocd-flash command: dispatches to one module per subcommand.
import { main } from './main.js'

// A closed terminal (SIGHUP) makes writes fail with EIO; the run must still
// stop cleanly and write its report, so such errors are not fatal.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    // Subcommands turn every expected failure into a message and an exit code;
    // reaching this point is a bug, so say so without a wall of stack frames.
    console.error(
      `openocd-flash: internal error: ${err instanceof Error ? err.message : String(err)}`,
    )
    process.exitCode = 3
  },
)
