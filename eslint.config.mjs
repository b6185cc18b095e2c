// eslint's flat configuration: the recommended rules of eslint and typescript-eslint (the
// syntactic ones: type-checked rules would make every lint run a full type check, which
// `npm run build` already does) over the sources, the tests and the scripts.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  {
    // Generated or vendored code, test data and the example KEP repositories.
    ignores: ['dist/', 'src/schema/compiled/', 'node_modules/', 'coverage/', 'examples/', '__tests__/fixtures/', '.bench/', '.scratch/', '.exp/']
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node }
    }
  }
)
