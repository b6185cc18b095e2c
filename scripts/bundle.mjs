// Bundles the CLI and the action into dist/, as committed and run by GitHub.
import { build } from 'esbuild'

const banner = [
  // Bundled CommonJS dependencies call require(); ESM output has none of its own.
  "import { createRequire as __kepCreateRequire } from 'node:module';",
  'const require = __kepCreateRequire(import.meta.url);'
].join('\n')

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8'
}

await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  banner: { js: `#!/usr/bin/env node\n${banner}` }
})
await build({
  ...common,
  entryPoints: { index: 'src/main.ts' },
  outdir: 'dist',
  banner: { js: banner }
})
