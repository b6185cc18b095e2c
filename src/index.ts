// The action's entry: GitHub's runner runs the bundle of this file (dist/index.js).
import { run } from './main.js'

await run()
