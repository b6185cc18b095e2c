// Writes docs/rules.md and the rules table of docs/presets.md from the rule registry, through the
// bundled CLI (`kep-validator rules`): run `npm run docs` after changing a rule.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const page = execFileSync(process.execPath, ['dist/cli.js', 'rules', '--format', 'markdown'], { encoding: 'utf8' })
writeFileSync('docs/rules.md', page)
const table = page.slice(page.indexOf('| rule |'), page.indexOf('\n\n### ') + 1)
const presets = readFileSync('docs/presets.md', 'utf8')
const begin = '<!-- BEGIN RULES -->\n'
const end = '<!-- END RULES -->'
const start = presets.indexOf(begin)
const stop = presets.indexOf(end)
if (start === -1 || stop < start) throw new Error('docs/presets.md has no <!-- BEGIN RULES --> … <!-- END RULES --> markers')
writeFileSync('docs/presets.md', presets.slice(0, start + begin.length) + table + presets.slice(stop))
