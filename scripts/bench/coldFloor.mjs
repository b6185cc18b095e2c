// The cold-start floor: a program that does the least a check must do on examples/keps
// (start Node, load yaml, read each KEP, parse its metadata block), bundled as the action
// is. The action's cold start is measured against it. Built by run.mjs into .bench/.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from 'yaml'

const root = process.argv[2]
let parsed = 0
const walk = dir => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) walk(path)
    else if (entry.name.endsWith('.md') && entry.name !== 'index.md') {
      const text = readFileSync(path, 'utf8')
      const block = /^---\n([\s\S]*?)\n---/.exec(text) ?? /^```[^\n]*\n(---\n[\s\S]*?)\n```/m.exec(text)
      if (block && parseDocument(block[1]).toJS()) parsed++
    }
  }
}
walk(root)
console.log(JSON.stringify({ parsed }))
