// Validates action.yml and .github/workflows/*.yml with GitHub's own parser
// (@actions/workflow-parser). Its action schema imports JSON without import attributes,
// which Node 20 refuses, so it is bundled in memory by esbuild first.
// Usage: node scripts/lint-actions.mjs [FILE…]  (default: action.yml and every workflow)
import { build } from 'esbuild'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const bundled = await build({
  stdin: {
    contents: ["export { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser'", "export { parseAction } from '@actions/workflow-parser/actions/action-parser'"].join('\n'),
    resolveDir: process.cwd(),
    loader: 'js'
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
})
const scratch = mkdtempSync(join(tmpdir(), 'lint-actions-'))
const bundle = join(scratch, 'parser.mjs')
writeFileSync(bundle, bundled.outputFiles[0].text)
const parser = await import(pathToFileURL(bundle).href)
rmSync(scratch, { recursive: true, force: true })

let files = process.argv.slice(2)
if (files.length === 0) {
  files = ['action.yml']
  const dir = '.github/workflows'
  if (existsSync(dir))
    files.push(
      ...readdirSync(dir)
        .filter(name => /\.ya?ml$/.test(name))
        .sort()
        .map(name => join(dir, name))
    )
}

let failed = 0
for (const file of files) {
  const content = readFileSync(file, 'utf8')
  const isAction = /(^|\/)action\.ya?ml$/.test(file)
  const trace = new parser.NoOperationTraceWriter()
  const result = isAction ? parser.parseAction({ name: file, content }, trace) : parser.parseWorkflow({ name: file, content }, trace)
  const errors = result.context.errors.getErrors()
  for (const error of errors) {
    const at = error.range ? `${error.range.start.line}:${error.range.start.column}` : '1:1'
    console.log(`${file}:${at}  error  ${error.message}`)
  }
  if (errors.length > 0) failed++
  else console.log(`${file}: ok`)
}
process.exitCode = failed > 0 ? 1 : 0
