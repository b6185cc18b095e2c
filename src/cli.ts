import { runCli } from './cli/run.js'
import { processIo } from './cli/io.js'

// A reader that stops early (kep-validator check | head) is not an error of ours.
process.stdout.on('error', error => {
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})
process.exitCode = await runCli(process.argv.slice(2), processIo)
