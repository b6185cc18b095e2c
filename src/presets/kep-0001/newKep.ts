import { retitle, type Author, type CreatedKep, type KepShape, type NewKepRequest, type ProposalContext } from '../proposal.js'
import { BUILTIN_TEMPLATE, TEMPLATE_FILE } from './template.js'

/** KEP-1's `new`: sig-node/0042-slug.md (draft-YYYYMMDD-slug.md before a number), from 0000-kep-template.md. */
const SHAPE: KepShape = {
  template: { file: TEMPLATE_FILE },
  builtIn: BUILTIN_TEMPLATE,
  place(sig, number, slug) {
    const prefix = typeof number === 'number' ? String(number).padStart(4, '0') : number
    const file = `${sig}/${prefix}-${slug}.md`
    return { file, claims: file, folder: sig }
  },
  authors: (authors: readonly Author[]) => authors.map(({ name, handle }) => ({ name, github: handle })),
  files: made => new Map([[made.file, Buffer.from(retitle(made.metadata.toString('utf8'), made.metadataEndLine, made.title))]])
}

export function createKep0001(context: ProposalContext, request: NewKepRequest): Promise<CreatedKep> {
  return context.createKep(request, SHAPE)
}
