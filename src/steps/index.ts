// One executor per step kind.
import type { Step } from '../plan/steps.js'
import { backup } from './backup.js'
import { command } from './command.js'
import type { StepExecutor } from './context.js'
import { dump } from './dump.js'
import { erase } from './erase.js'
import { protect } from './protect.js'
import { reset } from './reset.js'
import { verify } from './verify.js'
import { write } from './write.js'

export const executors: Record<Step['kind'], StepExecutor> = {
  backup,
  erase,
  write,
  verify,
  'verify-bank': verify,
  protect,
  unprotect: protect,
  reset,
  dump,
  command,
}
