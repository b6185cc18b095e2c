/** Files that several rules' examples share (each rule's examples are in its meta, beside its check). */

/** Another KEP of the example repository, KEP-43, in the kubernetes preset's form. */
export const KEP_43 = '---\nkep-number: 43\ntitle: Pod Priority\n…\n---\n'
/** The valid KEP's README, for the rules that read READMEs. */
export const README = 'keps/sig-node/42-pod-overhead/README.md'
/** The production readiness approval file of the valid KEP. */
export const PRR = 'keps/prod-readiness/sig-node/42.yaml'
/** Where a draft KEP (KEP-1's numbering: draft-<date>) is kept. */
export const DRAFT_FILE = 'sig-node/draft-20240115-pod-overhead.md'
/** A README: its title, the table of contents as given, its sections. */
export const readmeText = (title: string, toc: string, sections: string): string => `# ${title}\n\n<!-- toc -->\n${toc}<!-- /toc -->\n\n${sections}`
export const SECTIONS = '## Summary\n\nText.\n\n## Motivation\n\n### Goals\n\nText.\n'
export const TOC = '- [Summary](#summary)\n- [Motivation](#motivation)\n  - [Goals](#goals)\n'
