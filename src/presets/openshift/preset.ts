import { LIFECYCLE_CHANGE_RULES } from '../changeRules.js'
import { kepTableView } from '../../indexFile/templateView.js'
import type { Preset, RepositoryFiles, RuleSelection } from '../preset.js'
import { MARKDOWN } from '../../read/formats/markdown.js'
import { OPENSHIFT_EXAMPLE_KEP } from './examples.js'
import { OPENSHIFT_RULES } from './rules/index.js'
import lifecycle from './lifecycle.json' with { type: 'json' }
import schema from './schema.json' with { type: 'json' }
import { BUILTIN_TEMPLATE, requiredSections, TEMPLATE_FILE } from './template.js'

/** The list of files openshift/enhancements' linters skip (hack/ignore_lib.sh): paths, separated by blanks. */
export const LINT_IGNORES_FILE = 'hack/lint-ignores'

/** A path as a glob that matches it (and, for a folder, what is under it). */
function exactGlobs(path: string): string[] {
  const escaped = path.replace(/[^A-Za-z0-9/._-]/g, '\\$&')
  return [escaped, `${escaped}/**`]
}

/**
 * hack/ignore_lib.sh removes each word of hack/lint-ignores from the list of new files
 * (`ret=${ret//$path/}`): a file named there is not linted. Such files are notes beside the
 * enhancements (a study's how-to), not enhancements.
 */
export function lintIgnores(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\s+/)
    .filter(path => path !== '')
    .flatMap(exactGlobs)
}

const RULES: RuleSelection = {
  schema: true,
  // hack/metadata-lint.sh (tools/cmd/metadataLint.go, tools/enhancements/metadata.go): on new files.
  'title-matches-file': true,
  'tracking-link': true,
  'people-required': true,
  // hack/template-lint.sh: on new files.
  'required-sections': { sections: requiredSections(BUILTIN_TEMPLATE) },
  'title-heading': true,
  // Beyond OpenShift's checks: warnings (the severities below).
  'date-order': true,
  'superseded-by-required': true,
  'replaced-status': true,
  // What a change may do, by the lifecycle: no numbers, no stages.
  ...LIFECYCLE_CHANGE_RULES
}

/**
 * openshift/enhancements: one markdown file per enhancement under enhancements/<domain>/, YAML
 * front matter, no numbers. Its own checks (hack/metadata-lint.sh, hack/template-lint.sh) run
 * on the files a pull request adds: their rules here are errors on such files and warnings on
 * every other (see docs/presets/openshift.md).
 */
export const OPENSHIFT: Preset = {
  name: 'openshift',
  description: 'openshift/enhancements',
  recognisedBy: { include: ['enhancements/**/*.md'], exclude: [] },
  // hack/find_changed.sh: `grep '^enhancements.*\.md$'`.
  layout: { include: ['enhancements/**/*.md'], exclude: [] },
  format: MARKDOWN,
  schema: 'openshift',
  lifecycle: 'openshift',
  lifecycles: [{ name: 'openshift', data: lifecycle }],
  // openshift/enhancements keeps no generated index.
  index: null,
  indexTemplate: null,
  indexView: kepTableView,
  numbersFromOpenPullRequests: false,
  rules: RULES,
  ownRules: OPENSHIFT_RULES,
  prodReadiness: false,
  severity: {
    // OpenShift's tools read neither status nor dates nor references: the template's conventions.
    'schema/status': 'warning',
    'schema/creation-date': 'warning',
    'schema/last-updated': 'warning',
    'schema/see-also': 'warning',
    'schema/replaces': 'warning',
    'schema/superseded-by': 'warning',
    'schema/unknown-field': 'warning',
    'date-order': 'warning',
    'superseded-by-required': 'warning',
    'status-transition': 'warning',
    'initial-status': 'warning',
    'creation-date-changed': 'warning',
    'file-deleted': 'warning'
  },
  outline: true,
  carries: { schema },
  fromRepository: (files: RepositoryFiles) => ({
    exclude: lintIgnores(files.read(LINT_IGNORES_FILE)),
    rules: { ...RULES, 'required-sections': { sections: requiredSections(files.read(TEMPLATE_FILE) ?? BUILTIN_TEMPLATE) } }
  }),
  author: { takesSig: true, create: async (context, request) => (await import('./newEnhancement.js')).createEnhancement(context, request) },
  example: { ...OPENSHIFT_EXAMPLE_KEP, wrap: yaml => `---\n${yaml}---\n\n# Pod Overhead\n`, language: 'markdown' }
}
