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
  },
  {
    // One source of the verdict: a change is judged by its base commit's rules, configuration,
    // schema, lifecycle, SIG list and baseline alike. config/loadRules.ts decides where they come
    // from; nothing outside config/ loads a rules file, and only loadRules.ts makes a RuleSource.
    files: ['src/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'config/(configFile|settings|lifecycle|baselineFile|readDataFile)\\.js$',
              importNames: ['findConfig', 'loadConfigFile', 'loadSettings', 'loadKnownSigs', 'loadLifecycle', 'readBaseline', 'readDataFile'],
              message: 'rules files are loaded by config/loadRules.ts only (loadRules): a change is judged by the rules of its base commit, never by files it brings (docs/security.md)'
            },
            {
              regex: 'config/ruleSource\\.js$',
              importNames: ['rulesAsTheyAre', 'rulesOfBase'],
              message: 'a RuleSource is made by config/loadRules.ts only: a change is judged by the rules of its base commit, never by files it brings (docs/security.md)'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/config/**/*.ts'],
    ignores: ['src/config/loadRules.ts', 'src/config/ruleSource.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'ruleSource\\.js$',
              importNames: ['rulesOfBase'],
              message: 'a RuleSource of a base commit is made by config/loadRules.ts only, where a run decides which rules judge it (docs/security.md)'
            }
          ]
        }
      ]
    }
  },
  {
    // A RuleSource is never made by a cast: only config/ruleSource.ts's factories make one.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: ':matches(TSAsExpression, TSTypeAssertion) > TSTypeReference.typeAnnotation[typeName.name="RuleSource"]',
          message: 'a RuleSource is made by config/loadRules.ts only, never by a cast: a change is judged by the rules of its base commit (docs/security.md)'
        }
      ]
    }
  }
)
