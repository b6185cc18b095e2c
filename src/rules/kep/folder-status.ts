import type { Finding } from '../../core/diagnostic.js'
import { stringField } from '../../core/document.js'
import { statusFolderOf } from '../../core/lifecycle.js'
import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'
import { DRAFT_FILE } from '../support/exampleFiles.js'

export const folderStatus = kepRule(
  {
    id: 'folder-status',
    description: 'A KEP in a deferred/, orphaned/ or retired/ folder has a matching status, and a KEP with such a status is in such a folder.',
    examples: {
      ok: { file: 'sig-node/deferred/draft-20240115-pod-overhead.md', kep: 'kep-number: draft-20240115\nstatus: Deferred' },
      notOk: { file: DRAFT_FILE, kep: 'kep-number: draft-20240115\nstatus: Deferred' }
    }
  },
  (doc, { lifecycle }) => {
    const status = stringField(doc, 'status')
    if (!doc.metadata || status === undefined || !lifecycle.states.includes(status)) return []
    const folder = statusFolderOf(doc.file, lifecycle)
    // Positions cost a second parse: work one out only for a report.
    const metadata = doc.metadata
    const span = () => spanAt(metadata, ['status'])
    const reports: Finding[] = []
    const homes = Object.entries(lifecycle.folders)
      .filter(([, states]) => states.includes(status))
      .map(([name]) => name)
    const sig = doc.file.split('/')[0]
    if (folder !== undefined && !lifecycle.folders[folder].includes(status)) {
      const move = homes.length > 0 ? `move the file to ${sig}/${homes[0]}/` : `move the file out of ${folder}/`
      reports.push({
        span: span(),
        message: `the KEP is in ${folder}/ but its status is ${status}; KEPs in ${folder}/ have status ${lifecycle.folders[folder].join(' or ')} — change the status, or ${move}`,
        expected: lifecycle.folders[folder],
        dependsOn: ['status']
      })
    } else if (folder === undefined && homes.length > 0) {
      reports.push({ span: span(), message: `status ${status} KEPs live in ${homes.map(home => `${home}/`).join(' or ')}; move the file to ${sig}/${homes[0]}/`, dependsOn: ['status'] })
    }
    return reports
  }
)
