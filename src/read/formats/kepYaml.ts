import { posix } from 'node:path'
import { readYamlFile } from '../../parse/readYaml.js'
import { editMetadata, type MetadataFormat } from '../metadataFormat.js'

const METADATA = 'kep.yaml'
const TEXT = 'README.md'

/** kubernetes/enhancements' format: the metadata in a kep.yaml, the proposal's prose in the README.md beside it. */
export const KEP_YAML: MetadataFormat = {
  name: 'kep.yaml',
  markdown: false,
  read: (file, text, options) => readYamlFile(file, text, options),
  textFile: file => posix.join(posix.dirname(file), TEXT),
  metadataFileOf: file => (posix.basename(file) === TEXT ? posix.join(posix.dirname(file), METADATA) : undefined),
  edit: editMetadata
}
