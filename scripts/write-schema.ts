// npm run schema: regenerates the committed JSON Schema of the step file and
// the README's step-file reference, both from src/plan/schema.ts.
import { readFileSync, writeFileSync } from 'node:fs'
import * as prettier from 'prettier'
import { STEP_SCHEMA_FILE, stepFileJsonSchema } from '../src/plan/json-schema.js'
import { withReference } from '../src/plan/schema-doc.js'

writeFileSync(STEP_SCHEMA_FILE, JSON.stringify(stepFileJsonSchema(), null, 2) + '\n')
console.log(`wrote ${STEP_SCHEMA_FILE}`)
const readme = withReference(readFileSync('README.md', 'utf8'))
const options = { ...(await prettier.resolveConfig('README.md')), filepath: 'README.md' }
writeFileSync('README.md', await prettier.format(readme, options))
console.log('wrote the step-file reference in README.md')
