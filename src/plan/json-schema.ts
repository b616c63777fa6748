// The step file's JSON Schema, for editors (YAML language servers complete
// and check step files with it). Generated from the zod schema, so the two
// cannot drift; test/plan/json-schema.test.ts checks the committed copy.
import { z } from 'zod'
import { stepFileSchema } from './schema.js'

export const STEP_SCHEMA_FILE = 'schema/steps.v1.schema.json'

export function stepFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(stepFileSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://github.com/openocd-flash/openocd-flash/schema/steps.v1.schema.json',
    title: 'openocd-flash step file, version 1',
  }
}
