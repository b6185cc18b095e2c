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

// One way to say a thing: each place kep-validator writes to has one writer, which escapes what
// it is given, and these rules forbid every other way to write there. A sink's own modules are
// exempt from its rule only (`sinkRules(name)`). __tests__/lint-sinks.test.ts runs eslint on
// samples, so that a rule cannot silently disappear.
const SINKS = {
  log: {
    modules: ['src/format/workflowCommands.ts'],
    use: 'info, warning, error, notice, fail or setOutput of src/format/workflowCommands.ts, which put every message through logLine'
  },
  summary: {
    modules: ['src/action/jobSummary.ts'],
    use: 'writeSummary of src/action/jobSummary.ts, with Markdown made by src/format/markdown.ts (values as code)'
  },
  inputs: { modules: ['src/action/inputs.ts'], use: 'readInputs of src/action/inputs.ts' },
  cliOutput: {
    modules: ['src/cli/io.ts', 'src/cli.ts'],
    use: "the CLI's io (io.stdout, io.stderr of src/cli/io.ts), which escapes each line for the log when it runs in GitHub Actions"
  },
  review: {
    modules: ['src/github/createReview.ts', 'src/github/updateReview.ts'],
    use: 'createReview or updateReview of src/github/, whose bodies are Markdown made by src/format/markdown.ts (values as code: no mention, image or link)'
  },
  checkRun: { modules: ['src/github/createCheckRun.ts'], use: 'createCheckRun of src/github/createCheckRun.ts, whose summary is Markdown made by src/format/markdown.ts' }
}

const CORE = '@actions/core'
const coreMessage = `write to the log through ${SINKS.log.use}; to the job summary through ${SINKS.summary.use}; read inputs through ${SINKS.inputs.use}`

/** The restrictions of every sink but `except`: a sink's writer may do what it exists for, and nothing else. */
function sinkRules(except) {
  const coreImport =
    except === 'log'
      ? { name: CORE, importNames: ['summary', 'markdownSummary'], message: `write the job summary through ${SINKS.summary.use}` }
      : except === 'summary'
        ? { name: CORE, allowImportNames: ['summary'], message: coreMessage }
        : except === 'inputs'
          ? { name: CORE, allowImportNames: ['getInput'], message: coreMessage }
          : { name: CORE, message: coreMessage }
  const cliStream = `write through ${SINKS.cliOutput.use}, or to the action's log through ${SINKS.log.use}`
  const streams = ['stdout', 'stderr']
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: [coreImport, ...['process', 'node:process'].map(name => ({ name, importNames: streams, message: cliStream })), ...['console', 'node:console'].map(name => ({ name, message: cliStream }))],
        patterns: [{ group: [`${CORE}/*`], message: coreMessage }]
      }
    ],
    'no-restricted-properties': [
      'error',
      { object: 'console', message: cliStream },
      { object: 'globalThis', property: 'console', message: cliStream },
      ...(except === 'cliOutput' ? [] : streams.map(property => ({ object: 'process', property, message: cliStream }))),
      ...(except === 'summary' ? [] : [{ object: 'core', property: 'summary', message: `write the job summary through ${SINKS.summary.use}` }])
    ],
    'no-restricted-syntax': [
      'error',
      ...(except === 'review'
        ? []
        : [
            {
              selector: 'MemberExpression[property.name=/^(createReview|updateReview|submitReview|createReviewComment|updateReviewComment|createReplyForReviewComment|createComment|updateComment)$/]',
              message: `post to a pull request through ${SINKS.review.use}`
            }
          ]),
      ...(except === 'checkRun' ? [] : [{ selector: "MemberExpression[object.property.name='checks'][property.name=/^(create|update)$/]", message: `write a check run through ${SINKS.checkRun.use}` }])
    ]
  }
}

/**
 * One way to touch a file (docs/development.md, docs/security.md): only src/files/ opens, lists,
 * writes or renames files, and it does so as regular files confined to a root, with no link on
 * the way. Anywhere else in src/ a file system import is an error.
 */
function fileRules(filesModule) {
  if (filesModule) return { imports: [], syntax: [] }
  return {
    imports: FILE_SYSTEM_MODULES.map(name => ({ name, message: FILES_ONLY })),
    syntax: [
      { selector: `ImportExpression[source.value=${FILE_SYSTEM_PATTERN}]`, message: FILES_ONLY },
      { selector: `TSExternalModuleReference[expression.value=${FILE_SYSTEM_PATTERN}]`, message: FILES_ONLY },
      { selector: `CallExpression[callee.name='require']`, message: `require() is not used in src/ (ES modules); ${FILES_ONLY}` },
      { selector: `CallExpression[callee.property.name='require']`, message: `require() is not used in src/ (ES modules); ${FILES_ONLY}` }
    ]
  }
}

/** One source of the verdict: a RuleSource is never made by a cast, only by config/ruleSource.ts's factories. */
const RULE_SOURCE_CAST = {
  selector: ':matches(TSAsExpression, TSTypeAssertion) > TSTypeReference.typeAnnotation[typeName.name="RuleSource"]',
  message: 'a RuleSource is made by config/loadRules.ts only, never by a cast: a change is judged by the rules of its base commit (docs/security.md)'
}

/** One source of the verdict: outside config/, nothing loads a rules file but through loadRules, and nothing makes a RuleSource. */
const VERDICT_IMPORTS = [
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

/**
 * src/rules/ imports nothing of src/presets/ nor of the floors above it: a preset's own rules reach
 * the rule registry from the preset registry (addRules), and what rules take from a run's settings
 * is their own type (rules/context.ts's RuleSettings).
 */
const RULES_KNOW_NO_PRESET = {
  regex: '(^|/)(presets|config|validate|author|format|fix|reports|cli|action|github)/',
  message: "rules know no preset and nothing above them: a preset's own rules join the rule registry through addRules, called by src/presets/registry.ts; the settings rules read are rules/context.ts's RuleSettings (docs/development.md)"
}

/**
 * Every guarantee's restrictions for one group of files, in one entry per rule: a flat config
 * replaces a rule's options wholesale, so two entries for no-restricted-imports would silently
 * drop one of the guarantees (__tests__/lint-files.test.ts and lint-sinks.test.ts catch that).
 */
function guarantees({ sink, filesModule }) {
  const sinks = sinkRules(sink)
  const files = fileRules(filesModule)
  const [level, imports] = sinks['no-restricted-imports']
  return {
    ...sinks,
    'no-restricted-imports': [level, { ...imports, paths: [...imports.paths, ...files.imports] }],
    'no-restricted-syntax': [...sinks['no-restricted-syntax'], ...files.syntax, RULE_SOURCE_CAST]
  }
}

/**
 * A preset is a package below the run (docs/development.md): it declares its process as data
 * and functions, and author/ (above) hands its `new` what it needs (presets/proposal.ts's
 * ProposalContext). An import from the floors above would tie the registry into a circle.
 */
const ABOVE_PRESETS = {
  regex: '^(\\.\\./)+(author|config|validate|cli|action|fix|format|reports)/',
  message: "a preset imports nothing from the floors above it (author/, config/, validate/, …): author/ hands a preset's new a ProposalContext (presets/proposal.ts)"
}

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
  { files: ['src/**/*.ts'], rules: guarantees({}) },
  { files: ['src/files/**/*.ts'], rules: guarantees({ filesModule: true }) },
  ...Object.entries(SINKS).map(([name, sink]) => ({ files: sink.modules, rules: guarantees({ sink: name }) })),
  {
    // One source of the verdict: a change is judged by its base commit's rules, configuration,
    // schema, lifecycle, SIG list and baseline alike. config/loadRules.ts decides where they come
    // from; nothing outside config/ loads a rules file, and only loadRules.ts makes a RuleSource.
    files: ['src/**/*.ts'],
    ignores: ['src/config/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: VERDICT_IMPORTS }] }
  },
  {
    // The same, with presets below the run (one entry per group of files: a flat config replaces a
    // rule's options wholesale, so each later entry repeats the verdict's patterns).
    files: ['src/presets/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...VERDICT_IMPORTS, ABOVE_PRESETS] }] }
  },
  {
    // Rules know no preset: the preset registry adds its presets' own rules to the rule registry
    // (docs/development.md).
    files: ['src/rules/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...VERDICT_IMPORTS, RULES_KNOW_NO_PRESET] }] }
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
  }
)
