// Bundles the CLI and the action into dist/, as committed and run by GitHub.
import { build } from 'esbuild'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

const banner = [
  // Bundled CommonJS dependencies call require(); ESM output has none of its own.
  "import { createRequire as __kepCreateRequire } from 'node:module';",
  'const require = __kepCreateRequire(import.meta.url);'
].join('\n')

// The precompiled validators are sources of the bundle: regenerate them first.
execFileSync(process.execPath, ['scripts/compile-schemas.mjs'], { stdio: 'inherit' })
rmSync('dist', { recursive: true, force: true })

// @actions/core imports @actions/http-client (and through it undici, 700 KB) only for
// getIDToken, which kep-validator never calls. Its import from core's OIDC module is
// replaced by a stub, so a run without API calls does not load undici at start-up.
// @actions/github, loaded lazily for the API, still gets the real client.
const stubOidcHttpClient = {
  name: 'stub-oidc-http-client',
  setup(build) {
    build.onResolve({ filter: /^@actions\/http-client/ }, args => (/@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/.test(args.importer) ? { path: args.path, namespace: 'oidc-stub' } : undefined))
    build.onLoad({ filter: /.*/, namespace: 'oidc-stub' }, () => ({
      contents: [
        "const unavailable = () => { throw new Error('OIDC tokens are not available in kep-validator') }",
        'export class HttpClient { constructor() { unavailable() } }',
        'export class BearerCredentialHandler { constructor() { unavailable() } }'
      ].join('\n'),
      loader: 'js'
    }))
  }
}
// A preset's `new` (its template and what writes a KEP: src/presets/<name>/new*.ts) is a CLI
// command; the action never writes a KEP. Each is a dynamic import, and esbuild splits what it
// shares with the rest of the action (yaml, picomatch, the templates) into chunks of their own:
// three more modules at the action's start. In the action's bundle it is a module that fails.
const actionWritesNoKep = {
  name: 'action-writes-no-kep',
  setup(build) {
    build.onResolve({ filter: /^\.\/new[A-Z]\w*\.js$/ }, args =>
      args.kind === 'dynamic-import' && /[\\/]src[\\/]presets[\\/][^\\/]+[\\/]preset\.ts$/.test(args.importer) ? { path: args.path, namespace: 'action-writes-no-kep' } : undefined
    )
    build.onLoad({ filter: /.*/, namespace: 'action-writes-no-kep' }, args => ({
      contents: `throw new Error(${JSON.stringify(`internal error: the action does not write KEPs (${args.path} is the CLI's)`)})`,
      loader: 'js'
    }))
  }
}
// The action and the CLI are bundled apart: built together, esbuild splits the code they share,
// and what each dynamic import shares with them, into many small chunks, and every chunk a start
// loads costs Node a module to resolve, read, compile and link (~3 M instructions each). Built
// alone, the action's start loads 10 modules instead of 17 (docs/performance.md, cold start).
// Chunks with the same content get the same name, so the two builds share what is identical.
const options = {
  outdir: 'dist',
  bundle: true,
  // Chunks keep dynamic imports lazy: @actions/github loads only when the API is used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // ASCII output: Node decodes it on its fast path when it loads the chunks.
  charset: 'ascii',
  // Not minified: dist/ is what a user reads before giving the action a token, and what a
  // release's review diffs line by line (minifying whitespace and syntax saved ~20 M of ~500 M
  // instructions at start: docs/performance.md).
  banner: { js: banner },
  // yaml's ES module build (the same code as its CommonJS one, which only differs in how it
  // would print warnings, and kep-validator has it print none): esbuild hoists it into the
  // chunk instead of wrapping each module in a function, and drops what is never called.
  alias: { yaml: './node_modules/yaml/browser/dist/index.js' },
  plugins: [stubOidcHttpClient]
}
// The action, run by GitHub's runner (action.yml).
await build({ ...options, entryPoints: { index: 'src/index.ts' }, plugins: [...options.plugins, actionWritesNoKep] })
// The CLI, and the worker thread that reads part of a large repository (readInParallel.ts) for
// both: the action starts it as a file of its own, never imports it.
await build({ ...options, entryPoints: { cli: 'src/cli.ts', 'read-worker': 'src/read/parallel/readWorker.ts' } })
const cli = readFileSync('dist/cli.js', 'utf8')
writeFileSync('dist/cli.js', `#!/usr/bin/env node\n${cli}`)
