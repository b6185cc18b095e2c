import { FILE_START } from '../../core/diagnostic.js'
import { assignedNumber } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'

export const folderNumber = kepRule(
  {
    id: 'folder-number',
    description: "kep-number is the number the KEP's folder starts with.",
    examples: {
      ok: { kep: 'kep-number: 42' },
      notOk: { kep: 'kep-number: 43' }
    }
  },
  doc => {
    const metadata = doc.metadata
    if (!metadata) return []
    // The folder of a kep.yaml: 1539-hugepages for keps/sig-node/1539-hugepages/kep.yaml.
    const folder = doc.file.split('/').at(-2) ?? ''
    const match = /^(\d+)-/.exec(folder)
    const number = assignedNumber(doc)
    if (!match) {
      return [{ span: FILE_START, message: `the KEP's folder "${folder}" does not start with its number; name it <kep-number>-<short-title>${number !== undefined ? `, here ${number}-…` : ''}` }]
    }
    const folderNumberValue = Number(match[1])
    if (number === undefined || number === folderNumberValue) return []
    return [
      {
        span: spanAt(metadata, ['kep-number']),
        message: `kep-number is ${number} but the KEP's folder is ${folder}; the number and the folder must agree: set kep-number to ${folderNumberValue} or rename the folder`,
        expected: [String(folderNumberValue)]
      }
    ]
  }
)
