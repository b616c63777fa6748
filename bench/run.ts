// `npm run bench`: prints the project's performance figures next to their targets.
import { benchmarkChunks } from './chunks.js'
import { benchmarkCore } from './cpu.js'
import { benchmarkPlan } from './plan.js'
import { benchmarkSimulator } from './sim.js'

benchmarkCore()
await benchmarkSimulator()
console.log()
await benchmarkPlan()
console.log()
await benchmarkChunks()
