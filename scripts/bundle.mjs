// Builds the three committed bundles in dist/: the action (main and post in one
// file, as actions/checkout does), the CLI, and the library with its typings.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build']
const bundles = [
  { entry: 'src/action/index.ts', out: 'dist', typings: false },
  { entry: 'src/cli/index.ts', out: 'dist/cli', typings: false },
  { entry: 'src/index.ts', out: 'dist/lib', typings: true },
]

rmSync('dist', { recursive: true, force: true })
for (const b of bundles) {
  execFileSync(process.execPath, [...ncc, b.entry, '-o', b.out, '-q', '--license', 'licenses.txt'], {
    stdio: 'inherit',
  })
  if (!b.typings) rmSync(`${b.out}/src`, { recursive: true, force: true })
}
