import type { Settings } from '../config/settings.js'
import { createClient, describeRequestFailure } from '../github/client.js'
import { listOpenPullRequests, type OpenPullRequest } from '../github/listOpenPullRequests.js'
import type { WorkflowEvent } from './event.js'
import { info, warning } from '../format/workflowCommands.js'

/**
 * The repository's other open pull requests, for a preset that numbers by their titles
 * (Tekton: "TEP-0042: …" claims TEP-0042): listed for a pull request only, with the token.
 * Without them the number is checked against the files alone, and the log says so.
 */
export async function openPullRequestsFor(settings: Settings, event: WorkflowEvent, token: string | undefined): Promise<OpenPullRequest[] | undefined> {
  if (!settings.numbersFromOpenPullRequests || event.kind !== 'pull-request') return undefined
  if (!token) {
    info('no token: the numbers that open pull requests claim by their titles are not known, and a new number is checked against the files alone')
    return undefined
  }
  try {
    const client = await createClient(token, undefined, info)
    const open = await listOpenPullRequests(client, event.owner, event.repo)
    info(`listed ${open.length} open pull requests for the numbers their titles claim`)
    return open.filter(pull => pull.number !== event.number)
  } catch (error) {
    warning(`kep-validator could not list the open pull requests (${describeRequestFailure(error)}); a new number is checked against the files alone`)
    return undefined
  }
}
