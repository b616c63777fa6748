// Builds the three committed bundles in dist/: the action (main and post in one
// file, as actions/checkout does), the CLI, and the library with its typings.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build']
const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
  { entry: 'src/index.ts', out: 'dist/lib', typings: 'src' },
]

// ncc emits declarations for everything tsconfig includes, tests too: keep
// only the library's own, under dist/lib/src.
const DECLARATION_DIRS = ['src', 'test', 'bench', 'scripts', 'vitest.config.d.ts']

rmSync('dist', { recursive: true, force: true })
for (const b of bundles) {
  execFileSync(
    process.execPath,
    [...ncc, b.entry, '-o', b.out, '-q', '--license', 'licenses.txt'],
    { stdio: 'inherit' },
  )
  for (const name of DECLARATION_DIRS) {
    if (name !== b.typings) rmSync(path.join(b.out, name), { recursive: true, force: true })
  }
}
