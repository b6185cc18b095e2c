// Writes what is generated from the registries: where the presets are listed (the configuration
// schema's preset enum, the descriptions of action.yml's preset and lifecycle inputs:
// src/presets/listings.ts), the presets' published schemas (schemas/), then the bundle, and
// docs/rules.md and the rules table of docs/presets.md through the bundled CLI
// (`kep-validator rules`). Run `npm run docs` after changing a rule or a preset;
// __tests__/docs.test.ts fails when any of these is stale.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'

// The listings from the registry as it is in src/ (not the bundle, which precompiles the configuration schema).
const temp = mkdtempSync(join(tmpdir(), 'kep-validator-docs-'))
try {
  const out = join(temp, 'listings.mjs')
  await build({
    entryPoints: ['src/presets/listings.ts'],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __kepCreateRequire } from 'node:module';\nconst require = __kepCreateRequire(import.meta.url);" }
  })
  const { actionListing, configSchemaListing } = await import(pathToFileURL(out).href)
  writeFileSync('schemas/config.schema.json', configSchemaListing(readFileSync('schemas/config.schema.json', 'utf8')))
  writeFileSync('action.yml', actionListing(readFileSync('action.yml', 'utf8')))
} finally {
  rmSync(temp, { recursive: true, force: true })
}

// A preset's schema whose $id is an address under schemas/ is published there too: editors and
// yaml-language-server fetch it by that address (docs/editors.md).
const PUBLISHED = 'https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/'
for (const folder of readdirSync('src/presets')) {
  const file = join('src/presets', folder, 'schema.json')
  if (!existsSync(file)) continue
  const id = JSON.parse(readFileSync(file, 'utf8')).$id
  if (typeof id === 'string' && id.startsWith(PUBLISHED)) copyFileSync(file, join('schemas', basename(id)))
}

execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' })
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
