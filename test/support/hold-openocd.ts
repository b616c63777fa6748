// Starts OpenOCD through the session library, prints its pid, and waits to
// be signalled: the parent test checks that OpenOCD dies with us.
import { Session } from '../../src/openocd/session.js'
import { DUMMY } from './openocd.js'

const session = await Session.start({ config: DUMMY, init: false })
console.log(`openocd-pid ${session.process!.pid}`)
setInterval(() => {}, 1000)
