import { diagnostic, type Diagnostic } from '../../core/diagnostic.js'
import { stringField } from '../../core/document.js'
import { statusFolderOf } from '../../config/lifecycle.js'
import { spanAt } from '../../parse/yamlBlock.js'
import type { Check } from '../context.js'

/** The SIG folder is the path segment at `segment`: sig-node/… in KEP-1, keps/sig-node/… in kubernetes/enhancements. */
export function folderSigAt(segment: number): Check {
  return {
    rule: 'folder-sig',
    description: 'A KEP lives in the folder of its owning SIG or working group (or the newcomers folder).',
    run(doc) {
      const owningSig = stringField(doc, 'owning-sig')
      const top = doc.file.split('/')[segment] ?? ''
      const where = doc.file.split('/').slice(0, segment + 1).join('/')
      if (!doc.metadata || owningSig === undefined || !/^(sig|wg|committee)-/.test(top) || top === owningSig) return []
      return [
        diagnostic(
          doc.file,
          spanAt(doc.metadata, ['owning-sig']),
          'folder-sig',
          `owning-sig is ${owningSig} but the KEP is in ${where}/; move the KEP to the folder of ${owningSig} or set owning-sig to ${top}`,
          { expected: [top] }
        )
      ]
    }
  }
}

export const folderSig = folderSigAt(0)

export const folderStatus: Check = {
  rule: 'folder-status',
  description: 'A KEP in a deferred/, orphaned/ or retired/ folder has a matching status, and a KEP with such a status is in such a folder.',
  run(doc, { lifecycle }) {
    const status = stringField(doc, 'status')
    if (!doc.metadata || status === undefined || !lifecycle.states.includes(status)) return []
    const folder = statusFolderOf(doc.file, lifecycle)
    // Positions cost a second parse: work one out only for a diagnostic.
    const metadata = doc.metadata
    const span = () => spanAt(metadata, ['status'])
    const diagnostics: Diagnostic[] = []
    const homes = Object.entries(lifecycle.folders)
      .filter(([, states]) => states.includes(status))
      .map(([name]) => name)
    const sig = doc.file.split('/')[0]
    if (folder !== undefined && !lifecycle.folders[folder].includes(status)) {
      const move = homes.length > 0 ? `move the file to ${sig}/${homes[0]}/` : `move the file out of ${folder}/`
      diagnostics.push(
        diagnostic(doc.file, span(), 'folder-status', `the KEP is in ${folder}/ but its status is ${status}; KEPs in ${folder}/ have status ${lifecycle.folders[folder].join(' or ')} — change the status, or ${move}`, {
          expected: lifecycle.folders[folder]
        })
      )
    } else if (folder === undefined && homes.length > 0) {
      diagnostics.push(
        diagnostic(doc.file, span(), 'folder-status', `status ${status} KEPs live in ${homes.map(home => `${home}/`).join(' or ')}; move the file to ${sig}/${homes[0]}/`)
      )
    }
    return diagnostics
  }
}
