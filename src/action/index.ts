// The action's entry for both main and post (action.yml names this one bundle
// twice): main saves a flag in the step state, so the run that finds it is post.
import * as core from '@actions/core'
import { main } from './main.js'
import { post } from './post.js'
import { isPost, markMainStarted } from './state.js'

async function entry(): Promise<void> {
  if (isPost()) return post()
  markMainStarted()
  return main()
}

entry().catch((error: unknown) => core.setFailed(`openocd-flash: ${(error as Error).message}`))
