// The action's entry for both main and post (action.yml names this one bundle
// twice): main saves a flag in the step state, so the run that finds it is post.
import * as core from '@actions/core'
import { run } from './main.js'
import { post } from './post.js'
import { isPost } from './state.js'

;(isPost() ? post() : run()).catch((error: unknown) =>
  core.setFailed(`openocd-flash: ${(error as Error).message}`),
)
