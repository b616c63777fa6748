import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { STEP_SCHEMA_FILE, stepFileJsonSchema } from '../../src/plan/json-schema.js'
import { loadStepFile } from '../../src/plan/load.js'

describe('the shipped step file schema and examples', () => {
  it('JSON Schema file is what the zod schema generates (run npm run schema)', () => {
    const committed = JSON.parse(readFileSync(STEP_SCHEMA_FILE, 'utf8'))
    expect(committed).toEqual(JSON.parse(JSON.stringify(stepFileJsonSchema())))
    expect(committed.properties.steps.items.additionalProperties).toBe(false)
  })

  for (const name of readdirSync('examples').filter((f) => f.endsWith('.yml'))) {
    it(`examples/${name} is valid`, () => {
      const plan = loadStepFile(path.join('examples', name))
      expect(plan.steps.length).toBeGreaterThan(0)
    })
  }
})
