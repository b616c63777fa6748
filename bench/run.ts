// `npm run bench`: prints the project's performance figures next to their targets.
import { benchmarkSimulator } from './sim.js'

await benchmarkSimulator()
