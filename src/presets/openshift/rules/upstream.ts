import type { KepDocument } from '../../../core/document.js'
import { pathKey, type MetadataBlock, type Path } from '../../../parse/metadata.js'
import type { RuleContext } from '../../../rules/rule.js'

/**
 * OpenShift runs its own checks (hack/metadata-lint.sh, hack/template-lint.sh) only on the
 * files a pull request adds (hack/find_new.sh: changed files the base's tree does not have), "to
 * avoid problems when the template is changed in a way that is incompatible with existing
 * documents". Their findings are errors on such files and warnings (relaxed) on every other:
 * files a change only edits, and every file of a full audit, where no file is new.
 */
export function notNew(doc: KepDocument, context: Pick<RuleContext, 'newFiles'>): boolean {
  return context.newFiles?.has(doc.file) !== true
}

/**
 * A value as OpenShift's Go reads it into a string (yaml.v3): a string as it is, null as "", and
 * a number or boolean as its text in the file (yaml.v3 decodes any scalar into a string field).
 * In a list of strings yaml.v3 drops a null item instead (decoder.sequence keeps only items that
 * decode, and null does not decode into a string): see listedStrings.
 */
export function goString(metadata: MetadataBlock, path: Path, value: unknown): string {
  if (typeof value === 'string') return value
  if (value === null || value === undefined) return ''
  const position = metadata.positions.get(pathKey(path))
  return position?.value ? metadata.source.slice(...position.value) : String(value)
}

/** The one sentence every finding ends with: whose check it is. */
export const METADATA_LINT = "OpenShift's metadata-lint (hack/metadata-lint.sh)"
export const TEMPLATE_LINT = "OpenShift's template-lint (hack/template-lint.sh)"

/** The items of a list of strings as yaml.v3 reads them, with their indices: null items are dropped. */
export function listedStrings(metadata: MetadataBlock, field: string, value: unknown): Array<{ index: number; text: string }> {
  if (!Array.isArray(value)) return []
  return value.flatMap((item, index) => (item === null ? [] : [{ index, text: goString(metadata, [field, index], item) }]))
}
