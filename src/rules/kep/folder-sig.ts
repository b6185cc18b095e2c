import { stringField } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'

export interface FolderSigOptions {
  /** The path segment that is the SIG folder: 0 for sig-node/… (KEP-1), 1 for keps/sig-node/… (kubernetes/enhancements). */
  segment: number
}

export const folderSig = kepRule<FolderSigOptions>(
  {
    id: 'folder-sig',
    description: 'A KEP lives in the folder of its owning SIG or working group (or the newcomers folder).',
    examples: {
      ok: { file: 'sig-node/0042-pod-overhead.md', kep: 'owning-sig: sig-node' },
      notOk: { file: 'sig-node/0042-pod-overhead.md', kep: 'owning-sig: sig-apps' }
    }
  },
  (doc, { options }) => {
    const { segment } = options
    const owningSig = stringField(doc, 'owning-sig')
    const top = doc.file.split('/')[segment] ?? ''
    const where = doc.file
      .split('/')
      .slice(0, segment + 1)
      .join('/')
    if (!doc.metadata || owningSig === undefined || !/^(sig|wg|committee)-/.test(top) || top === owningSig) return []
    return [
      {
        span: spanAt(doc.metadata, ['owning-sig']),
        message: `owning-sig is ${owningSig} but the KEP is in ${where}/; move the KEP to the folder of ${owningSig} or set owning-sig to ${top}`,
        expected: [top]
      }
    ]
  }
)
