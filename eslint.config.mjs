// eslint's flat configuration: the recommended rules of eslint and typescript-eslint (the
// syntactic ones: type-checked rules would make every lint run a full type check, which
// `npm run build` already does) over the sources, the tests and the scripts.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const FILES_ONLY = 'Files are read and written only through src/files/ (Files, filesSource, readNamedFile): regular files inside a root, never through a link; see docs/security.md'
// node:module too: createRequire would load node:fs around the import rule.
const FILE_SYSTEM_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'module', 'node:module']
const FILE_SYSTEM_PATTERN = '/^(node:)?(fs|fs\\u002Fpromises|module)$/'

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
  },
  {
    // One way to touch a file (docs/development.md, docs/security.md): only src/files/ opens,
    // lists, writes or renames files, and it does so as regular files confined to a root, with
    // no link on the way. Anywhere else in src/ a file system import is an error.
    files: ['src/**/*.ts'],
    ignores: ['src/files/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: FILE_SYSTEM_MODULES.map(name => ({ name, message: FILES_ONLY })) }],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=${FILE_SYSTEM_PATTERN}]`, message: FILES_ONLY },
        { selector: `TSExternalModuleReference[expression.value=${FILE_SYSTEM_PATTERN}]`, message: FILES_ONLY },
        { selector: `CallExpression[callee.name='require']`, message: `require() is not used in src/ (ES modules); ${FILES_ONLY}` },
        { selector: `CallExpression[callee.property.name='require']`, message: `require() is not used in src/ (ES modules); ${FILES_ONLY}` }
      ]
    }
  }
)
