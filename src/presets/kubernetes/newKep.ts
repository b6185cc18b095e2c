import { retitle, setIfPresent, type Author, type CreatedKep, type KepShape, type NewKepRequest, type ProposalContext } from '../proposal.js'
import { BUILTIN_TEMPLATE, TEMPLATE_FOLDER } from './template.js'

/** kubernetes/enhancements' `new`: keps/<sig>/<number>-<slug>/ with every file of keps/NNNN-kep-template/. */
const SHAPE: KepShape = {
  template: { folder: TEMPLATE_FOLDER },
  builtIn: BUILTIN_TEMPLATE,
  metadataFile: 'kep.yaml',
  place(sig, number, slug) {
    const folder = `keps/${sig}/${number}-${slug}`
    return { file: `${folder}/kep.yaml`, claims: folder, folder }
  },
  authors: (authors: readonly Author[]) => authors.map(({ handle }) => `@${handle}`),
  fill(editor, fields) {
    // The template's examples name SIGs, KEPs and people that are not this KEP's.
    for (const key of ['participating-sigs', 'see-also', 'replaces']) setIfPresent(editor, fields, key, null)
    for (const key of ['reviewers', 'approvers']) setIfPresent(editor, fields, key, ['TBD'])
  },
  files: made =>
    new Map([...made.template].map(([name, bytes]) => [`${made.folder}/${name}`, name === 'kep.yaml' ? made.metadata : name === 'README.md' ? Buffer.from(retitle(bytes.toString('utf8'), 0, `KEP-${made.number}: ${made.title}`)) : bytes]))
}

export function createKubernetesKep(context: ProposalContext, request: NewKepRequest): Promise<CreatedKep> {
  return context.createKep(request, SHAPE)
}
