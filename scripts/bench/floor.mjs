// The floor: read every KEP file and parse only its metadata block, in a tight loop.
// Nothing faster can check metadata; kep-validator's whole-repository run is measured
// against it. Usage: node scripts/bench/floor.mjs ROOT [markdown|kep.yaml]
// (kep.yaml: the kubernetes layout, kep.yaml files and production readiness approvals)
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from 'yaml'

const [root, kind = 'markdown'] = process.argv.slice(2)
const files = []
const walk = dir => {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name
    if (entry.isDirectory()) walk(path)
    // The kubernetes layout's metadata is its kep.yaml files and its production readiness
    // approvals (prod-readiness/<sig>/<number>.yaml): kep-validator reads both.
    else if (kind === 'kep.yaml' ? entry.name === 'kep.yaml' || /^prod-readiness\/.*\.yaml$/.test(path) : /^(sig|wg)-.*\.md$/.test(path)) files.push(path)
  }
}
walk('')
let parsed = 0
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8')
  const yaml = kind === 'kep.yaml' ? text : text.slice(4, text.indexOf('\n---', 3))
  if (parseDocument(yaml).toJS()) parsed++
}
console.log(JSON.stringify({ files: files.length, parsed }))
