// The package as users get it: the library through its exports, and the CLI bundle.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

describe('the built package (dist/)', () => {
  it("imports as 'openocd-flash' from inside the checkout", () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { Session, VERSION } from 'openocd-flash'; console.log(typeof Session.start, VERSION)",
      ],
      { encoding: 'utf8' },
    )
    expect(out.trim()).toBe(`function ${pkg.version}`)
  })

  it('ships typings for the library', () => {
    expect(existsSync(pkg.exports['.'].types)).toBe(true)
  })

  it('runs the bundled command', () => {
    const out = execFileSync(process.execPath, [pkg.bin['openocd-flash'], '--version'], {
      encoding: 'utf8',
    })
    expect(out.trim()).toBe(pkg.version)
  })
})
