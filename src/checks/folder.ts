import { diagnostic, type Diagnostic } from '../diagnostic.js'
import { stringField } from '../document.js'
import { statusFolderOf } from '../lifecycle.js'
import { spanAt } from '../parse/yamlBlock.js'
import type { Check } from './context.js'

export const NEWCOMERS_FOLDER = 'unsorted-to-be-used-by-newcomers-only'

export const folderSig: Check = {
  rule: 'folder-sig',
  description: 'A KEP lives in the folder of its owning SIG or working group (or the newcomers folder).',
  run(doc) {
    const owningSig = stringField(doc, 'owning-sig')
    const top = doc.file.split('/')[0]
    if (!doc.metadata || owningSig === undefined || !/^(sig|wg)-/.test(top) || top === owningSig) return []
    return [
      diagnostic(
        doc.file,
        spanAt(doc.metadata, ['owning-sig']),
        'folder-sig',
        `owning-sig is ${owningSig} but the KEP is in ${top}/; move the file to ${owningSig}/ or set owning-sig to ${top}`,
        { expected: [top] }
      )
    ]
  }
}

export const folderStatus: Check = {
  rule: 'folder-status',
  description: 'A KEP in a deferred/, orphaned/ or retired/ folder has a matching status, and a KEP with such a status is in such a folder.',
  run(doc, { lifecycle }) {
    const status = stringField(doc, 'status')
    if (!doc.metadata || status === undefined || !lifecycle.states.includes(status)) return []
    const folder = statusFolderOf(doc.file, lifecycle)
    const span = spanAt(doc.metadata, ['status'])
    const diagnostics: Diagnostic[] = []
    if (folder !== undefined && !lifecycle.folders[folder].includes(status)) {
      diagnostics.push(
        diagnostic(doc.file, span, 'folder-status', `the KEP is in a ${folder}/ folder but its status is ${status}; a KEP there has status ${lifecycle.folders[folder].join(' or ')} — change the status or move the file out of ${folder}/`, {
          expected: lifecycle.folders[folder]
        })
      )
    }
    const homes = Object.entries(lifecycle.folders)
      .filter(([, states]) => states.includes(status))
      .map(([name]) => name)
    if (folder === undefined && homes.length > 0) {
      const sig = doc.file.split('/')[0]
      diagnostics.push(
        diagnostic(doc.file, span, 'folder-status', `status ${status} KEPs live in a ${homes.map(home => `${home}/`).join(' or ')} folder; move the file to ${sig}/${homes[0]}/`)
      )
    }
    return diagnostics
  }
}
