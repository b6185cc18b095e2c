// Bundles the CLI and the action into dist/, as committed and run by GitHub.
import { build } from 'esbuild'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'

const banner = [
  // Bundled CommonJS dependencies call require(); ESM output has none of its own.
  "import { createRequire as __kepCreateRequire } from 'node:module';",
  'const require = __kepCreateRequire(import.meta.url);'
].join('\n')

rmSync('dist', { recursive: true, force: true })
await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/main.ts' },
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
  charset: 'utf8',
  banner: { js: banner }
})
const cli = readFileSync('dist/cli.js', 'utf8')
writeFileSync('dist/cli.js', `#!/usr/bin/env node\n${cli}`)
