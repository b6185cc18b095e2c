import type { Preset } from '../../config/presets.js'
import { tepTableView } from './indexView.js'

/**
 * tektoncd/community's Tekton Enhancement Proposals: teps/NNNN-slug.md, YAML front matter and a
 * "# TEP-NNNN: Title" heading, checked as its teps/tools/teps.py validate checks them (errors),
 * and beyond it as warnings; teps/README.md is the index, rendered from the repository's own
 * teps/README.md.mustache as teps.py table renders it.
 */
export const TEKTON_PRESET: Preset = {
  name: 'tekton',
  layout: {
    // teps.py takes every file directly in teps/ for a TEP, but these three (and what .gitignore ignores).
    include: ['teps/*'],
    exclude: ['teps/README.md', 'teps/README.md.mustache', 'teps/OWNERS', 'teps/.*']
  },
  format: 'markdown+heading',
  schema: 'tekton',
  lifecycle: 'tekton',
  index: 'teps/README.md',
  indexTemplate: 'teps/README.md.mustache',
  indexView: tepTableView,
  numbersFromOpenPullRequests: true,
  rules: {
    // What teps.py validate rejects: errors.
    'tep-file-name': true,
    'tep-number-heading': true,
    'tep-required-fields': true,
    'tep-yaml-date': true,
    // What it means to reject, and does not (its duplicate check never fires): an error too.
    'tep-number-unique': true,
    // Beyond teps.py: warnings (see severity below).
    schema: true,
    'date-order': true,
    'superseded-by-required': true,
    'replaced-status': true,
    'status-transition': true,
    'initial-status': true,
    'creation-date-changed': true,
    'last-updated': true,
    'file-deleted': true,
    'base-unreadable': true,
    'tep-number-next': true
  },
  prodReadiness: false,
  severity: {
    // teps.py checks no value beyond the four required fields being there: the schema's findings
    // (a status such as "implementing", a handle without @, a date as 2020-1-5) are warnings.
    schema: 'warning',
    'schema/*': 'warning',
    'date-order': 'warning',
    'superseded-by-required': 'warning',
    'status-transition': 'warning',
    'initial-status': 'warning',
    'creation-date-changed': 'warning',
    'file-deleted': 'warning',
    // teps.py reads a file as UTF-8 and stops on a byte that is not.
    'file-encoding': 'error',
    // ruamel.yaml reads integers of any size: one past 2^53 is read exactly there.
    'yaml-unsafe-integer': 'warning'
  }
}
