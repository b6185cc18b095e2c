import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

/** One configuration for every schema the validator compiles. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true })
  addFormats.default(ajv)
  // Human wording of what a schema node accepts, used in diagnostics.
  ajv.addKeyword({ keyword: 'x-allowed', schemaType: 'string' })
  return ajv
}
