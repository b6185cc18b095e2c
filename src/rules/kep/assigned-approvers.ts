import { besidePath } from '../../core/dataFile.js'
import type { Finding } from '../../core/diagnostic.js'
import { fieldsOf } from '../../core/document.js'
import { spanAt, type MetadataBlock } from '../../parse/metadata.js'
import { kepRule, type RuleContext } from '../rule.js'
import { aliasMembers, listedHandles, milestoneMinor, ownersLists, scalarText, upcomingMinor, type ListedHandle } from '../support/ownersData.js'

/** kubernetes/enhancements' pkg/nodeapprovers, as options: the kubernetes preset sets upstream's values. */
export interface AssignedApproversOptions {
  /** The inline comment that marks an assigned reviewer in kep.yaml (`# sig-node-assigned-reviewer`). */
  reviewerMarker: string
  /** The inline comment that marks an assigned approver. */
  approverMarker: string
  /** The file of a KEP's folder that must list its assigned reviewers and approvers (only the folder's own: no parent's). */
  owners: string
  /** The file, relative to the root, whose aliases name the tech leads. */
  aliases: string
  /** The alias of the tech leads. */
  techLeads: string
  /** The folders whose KEPs need a tech lead or an assigned approver (upstream: keps/sig-node). */
  folders: readonly string[]
  /** The release from which they do (a KEP whose latest-milestone is older is left alone). */
  since: string
  /** The stages at which, in the upcoming release, a tech lead approves and no approver is marked (upstream: alpha). */
  techLeadStages: readonly string[]
  /** Statuses of KEPs no longer worked on, left alone. */
  inactiveStatuses: readonly string[]
  /** The upcoming release ("v1.37"); unset, the configuration's (release:), else the repository tells it (see upcomingMinor). */
  release?: string
}

type Role = 'reviewer' | 'approver'
const FIELD: Record<Role, 'reviewers' | 'approvers'> = { reviewer: 'reviewers', approver: 'approvers' }

function at(metadata: MetadataBlock, field: string, handle?: ListedHandle): Finding['span'] {
  return handle ? spanAt(metadata, [field, handle.index]) : spanAt(metadata, [field], 'key')
}

/** Every marked reviewer and approver is in the folder's OWNERS, and everyone OWNERS lists is marked. */
function checkOwners(metadata: MetadataBlock, file: string, context: RuleContext<AssignedApproversOptions>): Finding[] {
  const options = context.options
  const path = besidePath(file, options.owners)
  const marker = { reviewer: options.reviewerMarker, approver: options.approverMarker }
  const listed = { reviewer: listedHandles(metadata, 'reviewers', marker.reviewer) ?? [], approver: listedHandles(metadata, 'approvers', marker.approver) ?? [] }
  const assigned = { reviewer: listed.reviewer.filter(h => h.marked), approver: listed.approver.filter(h => h.marked) }
  const ownersFile = context.dataFiles?.get(path)
  const reports: Finding[] = []
  if (!ownersFile) {
    for (const role of ['reviewer', 'approver'] as const) {
      for (const handle of assigned[role]) {
        reports.push({
          span: at(metadata, FIELD[role], handle),
          message: `${FIELD[role]}[${handle.index}] "@${handle.user}" is marked # ${marker[role]}, but the KEP's folder has no ${options.owners} file (${path}) to list it; add ${path} with "${FIELD[role]}: [${handle.user}]", or remove the marker`
        })
      }
    }
    return reports
  }
  const owners = ownersLists(ownersFile)
  if (typeof owners === 'string') {
    const first = assigned.reviewer[0] ?? assigned.approver[0]
    const field = first ? (assigned.reviewer[0] ? 'reviewers' : 'approvers') : 'approvers'
    return [{ span: at(metadata, field, first), message: `${path} cannot be read as an OWNERS file (${owners}), so the assigned reviewers and approvers cannot be checked against it; fix ${path}` }]
  }
  for (const role of ['reviewer', 'approver'] as const) {
    const field = FIELD[role]
    for (const handle of assigned[role]) {
      if (owners[field].includes(handle.user)) continue
      reports.push({
        span: at(metadata, field, handle),
        message: `${field}[${handle.index}] "@${handle.user}" is marked # ${marker[role]}, but ${path} does not list "${handle.user}" under ${field}; add it there, or remove the marker`,
        expected: owners[field].map(user => `@${user}`)
      })
    }
  }
  for (const role of ['reviewer', 'approver'] as const) {
    const field = FIELD[role]
    for (const user of owners[field]) {
      if (assigned[role].some(handle => handle.user === user)) continue
      const unmarked = listed[role].find(handle => handle.user === user)
      reports.push(
        unmarked
          ? {
              span: at(metadata, field, unmarked),
              message: `${field}[${unmarked.index}] "@${user}" is listed under ${field} in ${path} but not marked; write the comment "# ${marker[role]}" after it on its line, or remove "${user}" from ${path}`
            }
          : {
              span: at(metadata, field),
              message: `${path} lists "${user}" under ${field}, but ${field} does not name "@${user}" marked # ${marker[role]}; add the item - "@${user}" # ${marker[role]} to ${field}, or remove "${user}" from ${path}`
            }
      )
    }
  }
  return reports
}

/** From `since` on, a KEP of the folders lists a tech lead among its approvers, or past the tech-lead stages an assigned approver. */
function checkTechLead(metadata: MetadataBlock, fields: Record<string, unknown>, context: RuleContext<AssignedApproversOptions>): Finding[] {
  const options = context.options
  const text = (field: string): string => (scalarText(metadata, [field], fields[field]) ?? '').trim()
  if (options.inactiveStatuses.includes(text('status'))) return []
  const milestone = text('latest-milestone')
  const minor = milestoneMinor(milestone)
  // A missing or unreadable milestone (0) is a KEP from before the policy, as upstream reads it.
  if (minor < milestoneMinor(options.since)) return []
  const approvers = listedHandles(metadata, 'approvers', options.approverMarker) ?? []
  if (approvers.length === 0) {
    return [
      {
        span: at(metadata, 'approvers'),
        message: `approvers lists no one; a KEP of ${options.folders.join(', ')} whose latest-milestone is ${options.since} or later (${milestone}) needs an approver: a member of ${options.techLeads} (${options.aliases})`
      }
    ]
  }
  const techLeads = aliasMembers(context.dataFiles?.get(options.aliases), options.aliases, options.techLeads)
  if (typeof techLeads === 'string') {
    return [{ span: at(metadata, 'approvers'), message: `cannot tell whether approvers include a member of ${options.techLeads}: ${techLeads}` }]
  }
  const leads = [...techLeads].sort().map(user => `@${user}`)
  const hasTechLead = approvers.some(handle => techLeads.has(handle.user))
  const marked = approvers.filter(handle => handle.marked)
  const stage = text('stage')
  const release = options.release ?? context.release
  const upcoming = release === undefined ? upcomingMinor(context.repository) : milestoneMinor(release)
  const listed = approvers.map(handle => `@${handle.user}`).join(', ')
  // A KEP of a past cycle still in alpha may already name the approver of its next stage.
  if (options.techLeadStages.includes(stage) && minor >= upcoming) {
    const reports: Finding[] = []
    const why = `stage is ${stage} and latest-milestone ${milestone} is the upcoming release (v1.${upcoming}) or later`
    if (!hasTechLead)
      reports.push({ span: at(metadata, 'approvers'), message: `${why}, so approvers must include a member of ${options.techLeads} (${options.aliases}: ${leads.join(', ')}); it lists ${listed} — add one of them`, expected: leads })
    for (const handle of marked) {
      reports.push({
        span: at(metadata, 'approvers', handle),
        message: `approvers[${handle.index}] "@${handle.user}" is marked # ${options.approverMarker}, but ${why}: its approver is a member of ${options.techLeads}, and an assigned approver comes after ${options.techLeadStages.join(', ')} — remove the marker`
      })
    }
    return reports
  }
  if (hasTechLead || marked.length > 0) return []
  return [
    {
      span: at(metadata, 'approvers'),
      message: `approvers (${listed}) include no member of ${options.techLeads} (${options.aliases}: ${leads.join(', ')}) and no approver marked # ${options.approverMarker}; a KEP of ${options.folders.join(', ')} at stage ${stage || '(none)'} whose latest-milestone is ${options.since} or later needs one — add a tech lead, or an assigned approver marked "# ${options.approverMarker}" and listed in its folder's ${options.owners}`,
      expected: leads
    }
  ]
}

export const assignedApprovers = kepRule<AssignedApproversOptions>(
  {
    id: 'assigned-approvers',
    description:
      "Reviewers and approvers a kep.yaml marks as assigned (# sig-node-assigned-reviewer, # sig-node-assigned-approver) are the ones its folder's OWNERS lists, and from v1.36 on a SIG Node KEP's approvers include a SIG Node tech lead (at alpha in the upcoming release) or an assigned approver (kubernetes/enhancements' pkg/nodeapprovers).",
    examples: {
      ok: { kep: 'approvers:\n  - "@tallclair" # sig-node-assigned-approver', others: { 'keps/sig-node/42-pod-overhead/OWNERS': 'approvers:\n  - tallclair\n' } },
      notOk: { kep: 'approvers:\n  - "@tallclair" # sig-node-assigned-approver', others: { 'keps/sig-node/42-pod-overhead/OWNERS': 'approvers:\n  - someoneelse\n' } }
    }
  },
  (doc, context) => {
    const metadata = doc.metadata
    const fields = fieldsOf(doc)
    if (!metadata || !fields) return []
    const reports = checkOwners(metadata, doc.file, context)
    if (context.options.folders.some(folder => doc.file.startsWith(`${folder}/`))) reports.push(...checkTechLead(metadata, fields, context))
    return reports
  },
  // A KEP that writes a marker is looked up for where its handles end (their comments): its first read keeps the positions.
  options => ({ besideKep: [options.owners], atRoot: [options.aliases], keepsPositions: ({ text }) => text.includes(options.reviewerMarker) || text.includes(options.approverMarker) })
)
