// Prints the section of CHANGELOG.md for one version, for the notes of its GitHub release.
// Usage: node scripts/changelog-section.mjs VERSION [CHANGELOG]  (VERSION as 1.2.3 or v1.2.3)
// A version without a section is an error: a release is not published without its notes.
import { readFileSync } from 'node:fs'

const [wanted, file = 'CHANGELOG.md'] = process.argv.slice(2)
const version = (wanted ?? '').replace(/^v/, '')
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  console.error('usage: node scripts/changelog-section.mjs VERSION [CHANGELOG]')
  process.exit(2)
}
const lines = readFileSync(file, 'utf8').split('\n')
const heading = new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]( |$)`)
const start = lines.findIndex(line => heading.test(line))
if (start === -1) {
  console.error(`${file} has no section "## [${version}]": add one (script/release dates the Unreleased section)`)
  process.exit(1)
}
// The section ends at the next version's heading or at the link references.
const length = lines.slice(start + 1).findIndex(line => /^## \[/.test(line) || /^\[[^\]]+\]: /.test(line))
const body = lines.slice(start + 1, length === -1 ? undefined : start + 1 + length)
console.log(body.join('\n').trim())
