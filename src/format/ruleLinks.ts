import { RULES } from '../rules/registry.js'

/** This project's repository on GitHub: where the rules page is when the action cannot tell (package.json's `repository`). */
export const PROJECT_REPOSITORY = 'kep-validator/kep-validator'

/** Where the rules page is published: a repository on a GitHub server, at a ref. */
export interface DocsLocation {
  server: string
  repository: string
  ref: string
}

/**
 * The rules page of the action that runs: the runner names the action's own repository and
 * ref (GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF) for a `uses: owner/repo@ref` step; a
 * local action (`uses: ./`) or a run outside the runner gets this project's default branch.
 */
export function docsLocation(env: NodeJS.ProcessEnv = process.env): DocsLocation {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim()
  const ref = env.GITHUB_ACTION_REF?.trim()
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '')
  if (repository && /^[\w.-]+\/[\w.-]+$/.test(repository)) return { server, repository, ref: ref || 'main' }
  return { server: 'https://github.com', repository: PROJECT_REPOSITORY, ref: 'main' }
}

/** The rule a problem names: itself, or for a problem named by field (`schema/status`) the rule it belongs to. */
export function ruleOf(id: string): string | undefined {
  if (RULES.has(id)) return id
  const base = id.slice(0, id.indexOf('/'))
  return id.includes('/') && RULES.get(base)?.meta.topics ? base : undefined
}

/** The absolute address of a rule's section in the rules page, or undefined for an id that is no rule. */
export function ruleUrl(id: string, location: DocsLocation): string | undefined {
  const rule = ruleOf(id)
  if (rule === undefined) return undefined
  const [path, anchor] = RULES.get(rule)!.meta.docs.split('#')
  return `${location.server}/${location.repository}/blob/${location.ref.split('/').map(encodeURIComponent).join('/')}/${path}#${anchor}`
}
