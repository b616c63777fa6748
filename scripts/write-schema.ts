// npm run schema: regenerates the committed JSON Schema of the step file.
import { writeFileSync } from 'node:fs'
import { STEP_SCHEMA_FILE, stepFileJsonSchema } from '../src/plan/json-schema.js'

writeFileSync(STEP_SCHEMA_FILE, JSON.stringify(stepFileJsonSchema(), null, 2) + '\n')
console.log(`wrote ${STEP_SCHEMA_FILE}`)
