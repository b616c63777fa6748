#!/usr/bin/env node
// The openocd-flash command: dispatches to one module per subcommand.
import { main } from './main.js'

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
