// Builds the three committed bundles in dist/: the action (main and post in one
// file, as actions/checkout does), the CLI, and the library, plus the
// library's typings.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build']
const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
  { entry: 'src/index.ts', out: 'dist/lib' },
]

// ncc emits declarations for everything tsconfig includes, tests too, and in
// an order that varies between builds; the library's typings come from tsc.
const DECLARATION_DIRS = ['src', 'test', 'bench', 'scripts', 'vitest.config.d.ts']

rmSync('dist', { recursive: true, force: true })
for (const b of bundles) {
  execFileSync(
    process.execPath,
    [...ncc, b.entry, '-o', b.out, '-q', '--license', 'licenses.txt'],
    { stdio: 'inherit' },
  )
  for (const name of DECLARATION_DIRS)
    rmSync(path.join(b.out, name), { recursive: true, force: true })
}
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
})
