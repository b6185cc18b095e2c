import { LIFECYCLE_CHANGE_RULES } from '../changeRules.js'
import type { Preset } from '../preset.js'
import { tepTableView } from './indexView.js'
import { TEP_FORMAT } from './format.js'
import { EXAMPLE_TEP } from './examples.js'
import { tepLabel } from './number.js'
import { TEKTON_RULES } from './rules.js'
import lifecycle from './lifecycle.json' with { type: 'json' }
import schema from './schema.json' with { type: 'json' }

/**
 * tektoncd/community's Tekton Enhancement Proposals: teps/NNNN-slug.md, YAML front matter and a
 * "# TEP-NNNN: Title" heading, checked as its teps/tools/teps.py validate checks them (errors),
 * and beyond it as warnings; teps/README.md is the index, rendered from the repository's own
 * teps/README.md.mustache as teps.py table renders it.
 */
export const TEKTON_PRESET: Preset = {
  name: 'tekton',
  description: 'tektoncd/community: TEPs',
  recognisedBy: { include: ['teps/[0-9][0-9][0-9][0-9]-*.md'], exclude: [] },
  layout: {
    // teps.py takes every file directly in teps/ for a TEP, but these three (and what .gitignore ignores).
    include: ['teps/*'],
    exclude: ['teps/README.md', 'teps/README.md.mustache', 'teps/OWNERS', 'teps/.*']
  },
  format: TEP_FORMAT,
  schema: 'tekton',
  lifecycle: 'tekton',
  lifecycles: [{ name: 'tekton', data: lifecycle }],
  index: 'teps/README.md',
  indexTemplate: 'teps/README.md.mustache',
  indexView: tepTableView,
  numbersFromOpenPullRequests: true,
  ownRules: TEKTON_RULES,
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
    // What a change may do, by the lifecycle; TEP numbers follow teps.py (tep-number-next), not KEP-1's.
    ...LIFECYCLE_CHANGE_RULES,
    'tep-number-next': true
  },
  prodReadiness: false,
  carries: { schema },
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
  },
  author: {
    // A TEP has no SIG: teps.py new takes a title.
    takesSig: false,
    noSig: 'a TEP has no SIG, stage or milestone',
    async create(context, request) {
      const { createTep } = await import('./newTep.js')
      const created = await createTep(context, { title: request.title, authors: request.authors, status: request.status, today: request.today })
      return {
        ...created,
        files: [created.file],
        numberLabel: tepLabel(created.number),
        // teps.py new also counts the numbers open pull requests claim; the CLI asks no one (it has no token).
        notes: ['numbered after the TEPs of this checkout; an open pull request titled with this number may claim it too: the check of the pull request (the action) says so']
      }
    }
  },
  example: { file: EXAMPLE_TEP.file, fields: EXAMPLE_TEP.fields, wrap: yaml => `---\n${yaml}---\n\n${EXAMPLE_TEP.heading}\n`, language: 'markdown' }
}
