// The JSON Schema is the whole contract of a step file: editors (through
// yaml-language-server) refuse what the loader refuses, and explain every field.
import { Ajv2020 } from 'ajv/dist/2020.js'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import * as prettier from 'prettier'
import { STEP_SCHEMA_FILE } from '../../src/plan/json-schema.js'
import { withReference } from '../../src/plan/schema-doc.js'

const schema = JSON.parse(readFileSync(STEP_SCHEMA_FILE, 'utf8'))
const ajv = new Ajv2020({ strict: true, allErrors: true })
const validate = ajv.compile(schema)

const file = (steps: string) => parse(`version: 1\nsteps:\n${steps}`)

describe('the step file JSON Schema', () => {
  it('compiles under ajv --strict', () => {
    expect(() => new Ajv2020({ strict: true }).compile(schema)).not.toThrow()
  })

  it('accepts the README example and a full plan', () => {
    const readme = readFileSync('README.md', 'utf8')
    const example = /## The step file[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]
    expect(validate(parse(example)), JSON.stringify(validate.errors)).toBe(true)
    for (const name of [
      'flash-virtual-f103.yml',
      'flash-virtual-f407.yml',
      'nightly-golden-check.yml',
    ]) {
      const data = parse(readFileSync(`examples/${name}`, 'utf8'))
      expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
  })

  const refused: Record<string, string> = {
    'a step with no action': '  - name: nothing\n',
    'a step with two actions': '  - reset: run\n    erase: { sectors: all }\n',
    'a size such as 16Q': '  - dump: { address: 0x20000000, size: 16Q, file: ram.bin }\n',
    'an address such as banana': '  - write: { image: app.bin, address: banana }\n',
    'an erase with both sectors and address':
      '  - erase: { sectors: 2-7, address: 0x08004000, size: 16K }\n',
    'an erase with an address but no size': '  - erase: { address: 0x08004000 }\n',
    'an erase of nothing in particular': '  - erase: { bank: 0 }\n',
    'a verify of both an image and a file': '  - verify: { image: a.hex, file: b.bin }\n',
    'a duration such as soon': '  - reset: run\n    timeout: soon\n',
  }
  for (const [what, steps] of Object.entries(refused)) {
    it(`refuses ${what}`, () => {
      expect(validate(file(steps))).toBe(false)
    })
  }

  it('accepts the forms the loader accepts', () => {
    const steps = [
      '  - dump: { address: 0x2000_0000, size: 64KiB, file: a.bin }',
      '  - dump: { address: 536870912, size: 0x400, file: b.bin }',
      '  - erase: { bank: 1, sectors: [2, 3] }',
      '  - reset: run\n    timeout: 1.5',
      '  - reset: halt\n    timeout: 500ms',
    ]
    expect(validate(file(steps.join('\n') + '\n')), JSON.stringify(validate.errors)).toBe(true)
  })

  it("is what the README's step-file reference says (run npm run schema)", async () => {
    const readme = readFileSync('README.md', 'utf8')
    const options = { ...(await prettier.resolveConfig('README.md')), filepath: 'README.md' }
    expect(await prettier.format(withReference(readme), options)).toBe(readme)
  })

  it('describes every field and every step kind', () => {
    const missing: string[] = []
    const walk = (node: Record<string, unknown>, at: string) => {
      const props = node.properties as Record<string, Record<string, unknown>> | undefined
      for (const [key, child] of Object.entries(props ?? {})) {
        if (typeof child.description !== 'string' || child.description.length < 10)
          missing.push(`${at}${key}`)
        walk(child, `${at}${key}.`)
        if (child.items) walk(child.items as Record<string, unknown>, `${at}${key}[].`)
      }
    }
    walk(schema, '')
    expect(missing).toEqual([])
    expect(schema.description).toBeTruthy()
  })
})
