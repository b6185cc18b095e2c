import { posix } from 'node:path'
import { FILE_START } from '../../../core/diagnostic.js'
import { kepRule } from '../../../rules/rule.js'
import { fileNumberOf } from '../number.js'

export const tepFileName = kepRule(
  {
    id: 'tep-file-name',
    description: 'A TEP file is named by its number: four digits, a hyphen, then the slug (0042-my-title.md), as teps.py validate requires of every file in teps/.',
    examples: {
      ok: { kep: 'title: Pod Overhead' },
      notOk: { file: 'teps/pod-overhead.md', kep: 'title: Pod Overhead' }
    }
  },
  doc => {
    if (fileNumberOf(doc.file) !== undefined) return []
    const name = posix.basename(doc.file)
    return [
      {
        span: FILE_START,
        message: `the file is named ${name}, but teps.py validate takes every file in teps/ for a TEP and requires its name to start with its four-digit number and a hyphen, then the slug, as 0042-my-title.md; rename it (kep-validator new --preset tekton names a new TEP), or move a file that is not a TEP out of teps/`
      }
    ]
  }
)
