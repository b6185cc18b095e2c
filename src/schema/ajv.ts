import type { Ajv2020 } from 'ajv/dist/2020.js'

/**
 * Ajv itself, for schemas that were not precompiled (a repository's own schema or
 * lifecycle). Loaded on demand: the built-in schemas run as standalone code and a
 * normal run never pays for ajv's start-up or compile.
 */
function commonJsExport<T>(module: unknown, name: string): T {
  const candidates = [module, (module as { default?: unknown }).default, ((module as { default?: { default?: unknown } }).default ?? {}).default]
  for (const candidate of candidates) {
    if (typeof candidate === 'function') return candidate as T
    const named = (candidate as Record<string, unknown> | undefined)?.[name]
    if (typeof named === 'function') return named as T
  }
  throw new Error(`cannot find ${name} in a loaded module`)
}

export async function createAjv(): Promise<Ajv2020> {
  const [ajvModule, formatsModule] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')])
  // Both are CommonJS: Node and bundlers expose their exports as named exports, as `default`,
  // or as `default.default`, depending on who loads them.
  const Ajv = commonJsExport<typeof Ajv2020>(ajvModule, 'Ajv2020')
  const addFormats = commonJsExport<(ajv: Ajv2020) => void>(formatsModule, 'default')
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true })
  addFormats(ajv)
  // Human wording of what a schema node accepts, used in diagnostics.
  ajv.addKeyword({ keyword: 'x-allowed', schemaType: 'string' })
  return ajv
}
