import type { Ajv2020 } from 'ajv/dist/2020.js'

/**
 * Ajv itself, for schemas that were not precompiled (a repository's own schema or
 * lifecycle). Loaded on demand: the built-in schemas run as standalone code and a
 * normal run never pays for ajv's start-up or compile.
 */
export async function createAjv(): Promise<Ajv2020> {
  const [{ Ajv2020 }, addFormats] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')])
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true })
  // ajv-formats is CommonJS: its plugin is the default export, or that export's own default.
  const module = addFormats as unknown as { default: ((ajv: Ajv2020) => void) & { default?: (ajv: Ajv2020) => void } }
  ;(module.default.default ?? module.default)(ajv)
  // Human wording of what a schema node accepts, used in diagnostics.
  ajv.addKeyword({ keyword: 'x-allowed', schemaType: 'string' })
  return ajv
}
