import { assignedApprovers } from '../../src/rules/kep/assigned-approvers.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { testKepRule, type InvalidKepCase, type KepCase } from '../helpers/ruleTester.js'

/*
 * Every case of kubernetes/enhancements' pkg/nodeapprovers/verify_test.go, with its fixtures
 * (pkg/nodeapprovers/testdata) written out: TestVerifyKEP's seven, TestVerifyTechLeadApprovers'
 * ten (upcoming release v1.37, tech leads dchen1107 and mrunalp) and TestLoadTechLeads' failures.
 * Each upstream violation is one report, on the line of the handle it names, or of the list
 * (reviewers:, approvers:) when it names no handle the kep.yaml has.
 */

/** Line (1-based) of the first line that contains `text`. */
function lineWith(file: string, text: string): number {
  const index = file.split('\n').findIndex(line => line.includes(text))
  if (index === -1) throw new Error(`no line contains ${text}`)
  return index + 1
}

const folder = (dir: string): string => `keps/sig-node/42-${dir}`
const kepFile = (dir: string): string => `${folder(dir)}/kep.yaml`
const OWNERS_HEADER = '# See the OWNERS docs at https://go.k8s.io/owners\n\n'

// --- TestVerifyKEP: marked handles and the folder's OWNERS ---

const fixture = (title: string, number: number, reviewers: string, approvers: string): string => `title: ${title}\nkep-number: ${number}\nowning-sig: sig-node\nstatus: implementable\nreviewers:\n${reviewers}\napprovers:\n${approvers}\n`

const valid = fixture('Valid Fixture', 1, '  - "@mrunalp"\n  - "@tallclair" # sig-node-assigned-reviewer', '  - "@dchen1107" # sig-node-tl\n  - "@tallclair" # sig-node-assigned-approver')
const validOwners = `${OWNERS_HEADER}reviewers:\n  - tallclair # sig-node-assigned-reviewer\n\napprovers:\n  - tallclair # sig-node-assigned-approver\n`
const mixedCase = fixture('Mixed Case Fixture', 6, '  - "@TallClair" # sig-node-assigned-reviewer', '  - "@TALLCLAIR" # sig-node-assigned-approver')
const missingReviewer = fixture('Missing Reviewer Fixture', 2, '  - "@someoneelse" # sig-node-assigned-reviewer', '  - "@tallclair" # sig-node-assigned-approver')
const missingApprover = fixture('Missing Approver Fixture', 3, '  - "@tallclair" # sig-node-assigned-reviewer', '  - "@someoneelse" # sig-node-assigned-approver')
const tallclairOwners = `${OWNERS_HEADER}reviewers:\n  - tallclair\n\napprovers:\n  - tallclair\n`
const noOwners = fixture('No Owners Fixture', 4, '  - "@tallclair" # sig-node-assigned-reviewer', '  - "@dchen1107" # sig-node-assigned-approver')
const noMarkers = fixture('No Markers Fixture', 5, '  - "@mrunalp"\n  - "@tallclair" # sig-node-tl', '  - "@dchen1107"')
const noMarkersOwners = `${OWNERS_HEADER}reviewers:\n  - tallclair # sig-node-assigned-reviewer\n\napprovers:\n  - dchen1107 # sig-node-assigned-approver\n`
const extraInOwners = fixture('Extra In OWNERS Fixture', 7, '  - "@tallclair" # sig-node-assigned-reviewer', '  - "@dchen1107" # sig-node-assigned-approver')
const extraInOwnersOwners = `${OWNERS_HEADER}reviewers:\n  - tallclair # sig-node-assigned-reviewer\n  - mrunalp\n\napprovers:\n  - dchen1107 # sig-node-assigned-approver\n  - derekwaynecarr\n`

const ownersCase = (name: string, dir: string, kep: string, owners?: string): KepCase => ({
  name,
  settings: kubernetes,
  file: kepFile(dir),
  kep,
  dataFiles: owners === undefined ? {} : { [`${folder(dir)}/OWNERS`]: owners }
})

testKepRule(assignedApprovers, {
  valid: [ownersCase('TestVerifyKEP valid', 'valid', valid, validOwners), ownersCase('TestVerifyKEP mixed case normalizes', 'mixed-case', mixedCase, validOwners)],
  invalid: [
    {
      ...ownersCase('TestVerifyKEP missing reviewer', 'missing-reviewer', missingReviewer, tallclairOwners),
      reports: [
        {
          message: `reviewers[0] "@someoneelse" is marked # sig-node-assigned-reviewer, but ${folder('missing-reviewer')}/OWNERS does not list "someoneelse" under reviewers; add it there, or remove the marker`,
          line: lineWith(missingReviewer, '@someoneelse'),
          column: 5,
          expected: ['@tallclair']
        },
        {
          message: `${folder('missing-reviewer')}/OWNERS lists "tallclair" under reviewers, but reviewers does not name "@tallclair" marked # sig-node-assigned-reviewer; add the item - "@tallclair" # sig-node-assigned-reviewer to reviewers, or remove "tallclair" from`,
          line: lineWith(missingReviewer, 'reviewers:'),
          column: 1
        }
      ]
    },
    {
      ...ownersCase('TestVerifyKEP missing approver', 'missing-approver', missingApprover, tallclairOwners),
      reports: [
        { message: 'approvers[0] "@someoneelse" is marked # sig-node-assigned-approver, but', line: lineWith(missingApprover, '@someoneelse'), expected: ['@tallclair'] },
        { message: 'OWNERS lists "tallclair" under approvers, but approvers does not name "@tallclair" marked # sig-node-assigned-approver', line: lineWith(missingApprover, 'approvers:') }
      ]
    },
    {
      ...ownersCase('TestVerifyKEP no owners', 'no-owners', noOwners),
      reports: [
        {
          message: `reviewers[0] "@tallclair" is marked # sig-node-assigned-reviewer, but the KEP's folder has no OWNERS file (${folder('no-owners')}/OWNERS) to list it; add ${folder('no-owners')}/OWNERS with "reviewers: [tallclair]", or remove the marker`,
          line: lineWith(noOwners, '@tallclair')
        },
        { message: 'approvers[0] "@dchen1107" is marked # sig-node-assigned-approver, but the KEP\'s folder has no OWNERS file', line: lineWith(noOwners, '@dchen1107') }
      ]
    },
    {
      // A comment that is not the marker (# sig-node-tl) does not mark: the handle is named, unmarked, on its own line.
      ...ownersCase('TestVerifyKEP no markers but OWNERS exists', 'no-markers', noMarkers, noMarkersOwners),
      reports: [
        {
          message: `reviewers[1] "@tallclair" is listed under reviewers in ${folder('no-markers')}/OWNERS but not marked; write the comment "# sig-node-assigned-reviewer" after it on its line, or remove "tallclair" from`,
          line: lineWith(noMarkers, '@tallclair'),
          column: 5
        },
        { message: 'approvers[0] "@dchen1107" is listed under approvers in', line: lineWith(noMarkers, '@dchen1107') }
      ]
    },
    {
      ...ownersCase('TestVerifyKEP extra in owners', 'extra-in-owners', extraInOwners, extraInOwnersOwners),
      reports: [
        { message: 'OWNERS lists "mrunalp" under reviewers, but reviewers does not name "@mrunalp"', line: lineWith(extraInOwners, 'reviewers:') },
        { message: 'OWNERS lists "derekwaynecarr" under approvers, but approvers does not name "@derekwaynecarr"', line: lineWith(extraInOwners, 'approvers:') }
      ]
    }
  ]
})

// --- TestVerifyTechLeadApprovers: from v1.36, a tech lead or an assigned approver ---

const ALIASES = 'aliases:\n  sig-node-tech-leads:\n    - dchen1107\n    - mrunalp\n'
const techLeadKep = (title: string, number: number, stage: string | null, approvers: string | null): string =>
  `title: ${title}\nkep-number: ${number}\nowning-sig: sig-node\n${stage === null ? '' : `stage: ${stage}\n`}${approvers === null ? '' : `approvers:\n${approvers}\n`}latest-milestone: "v1.37"\n`
const TARGET = 'keps/sig-node/42-pod-overhead/kep.yaml'
const techLeadCase = (name: string, kep: string, extra: Partial<KepCase> = {}): KepCase => ({ name, settings: kubernetes, file: TARGET, kep, ...extra, dataFiles: { OWNERS_ALIASES: ALIASES, ...extra.dataFiles } })
const markedOwners = { 'keps/sig-node/42-pod-overhead/OWNERS': 'approvers:\n  - tallclair\n' }

const alphaValid = techLeadKep('Alpha Valid', 1, 'alpha', '  - "@dchen1107"\n  - "@someoneelse"')
const alphaMissingTechLead = techLeadKep('Alpha Missing Tech Lead', 2, 'alpha', '  - "@someoneelse"')
const alphaMarkerNotAllowed = techLeadKep('Alpha Marker Not Allowed', 3, 'alpha', '  - "@dchen1107"\n  - "@tallclair" # sig-node-assigned-approver')
const alphaAliasInvalid = techLeadKep('Alpha Alias Invalid', 8, 'alpha', '  - "@sig-node-tech-leads"')
const betaAliasInvalid = techLeadKep('Beta Alias Invalid', 9, 'beta', '  - "@sig-node-tech-leads"\n  - "@someoneelse"')
const betaTechLeadValid = techLeadKep('Beta Tech Lead Valid', 4, 'beta', '  - "@mrunalp"\n  - "@someoneelse"')
const betaMarkerValid = techLeadKep('Beta Marker Valid', 5, 'beta', '  - "@tallclair" # sig-node-assigned-approver')
const betaMissing = techLeadKep('Beta Missing', 6, 'beta', '  - "@someoneelse"')
const noStage = techLeadKep('No Stage', 9, null, '  - "@someoneelse"')
const noApprovers = techLeadKep('No Approvers', 7, 'beta', null)

const ALPHA_NEEDS_LEAD = 'stage is alpha and latest-milestone v1.37 is the upcoming release (v1.37) or later, so approvers must include a member of sig-node-tech-leads (OWNERS_ALIASES: @dchen1107, @mrunalp)'
const NEEDS_LEAD_OR_MARKED = 'include no member of sig-node-tech-leads (OWNERS_ALIASES: @dchen1107, @mrunalp) and no approver marked # sig-node-assigned-approver'
const atApprovers = (kep: string) => ({ line: lineWith(kep, 'approvers:'), column: 1 })

const techLeadInvalid: InvalidKepCase[] = [
  { ...techLeadCase('alpha missing tech lead', alphaMissingTechLead), reports: [{ message: `${ALPHA_NEEDS_LEAD}; it lists @someoneelse — add one of them`, ...atApprovers(alphaMissingTechLead), expected: ['@dchen1107', '@mrunalp'] }] },
  {
    ...techLeadCase('alpha with disallowed marker', alphaMarkerNotAllowed, { dataFiles: markedOwners }),
    reports: [
      {
        message:
          'approvers[1] "@tallclair" is marked # sig-node-assigned-approver, but stage is alpha and latest-milestone v1.37 is the upcoming release (v1.37) or later: its approver is a member of sig-node-tech-leads, and an assigned approver comes after alpha — remove the marker',
        line: lineWith(alphaMarkerNotAllowed, '@tallclair'),
        column: 5
      }
    ]
  },
  { ...techLeadCase('alpha listing the sig-node-tech-leads alias is not valid', alphaAliasInvalid), reports: [{ message: ALPHA_NEEDS_LEAD, ...atApprovers(alphaAliasInvalid) }] },
  {
    ...techLeadCase('beta listing the sig-node-tech-leads alias is not valid', betaAliasInvalid),
    reports: [{ message: `approvers (@sig-node-tech-leads, @someoneelse) ${NEEDS_LEAD_OR_MARKED}`, ...atApprovers(betaAliasInvalid), expected: ['@dchen1107', '@mrunalp'] }]
  },
  {
    ...techLeadCase('beta with neither', betaMissing),
    reports: [{ message: `approvers (@someoneelse) ${NEEDS_LEAD_OR_MARKED}; a KEP of keps/sig-node at stage beta whose latest-milestone is v1.36 or later needs one`, ...atApprovers(betaMissing) }]
  },
  { ...techLeadCase('missing stage is treated as non-alpha', noStage), reports: [{ message: `${NEEDS_LEAD_OR_MARKED}; a KEP of keps/sig-node at stage (none)`, ...atApprovers(noStage) }] },
  // No approvers: key, no list line: the report is on the first line of the metadata.
  { ...techLeadCase('no approvers', noApprovers), reports: [{ message: 'approvers lists no one; a KEP of keps/sig-node whose latest-milestone is v1.36 or later (v1.37) needs an approver', line: 1 }] }
]

testKepRule(assignedApprovers, {
  valid: [techLeadCase('alpha with tech lead is valid', alphaValid), techLeadCase('beta with tech lead is valid', betaTechLeadValid), techLeadCase('beta with marked approver is valid', betaMarkerValid, { dataFiles: markedOwners })],
  invalid: techLeadInvalid
})

// --- TestLoadTechLeads: an OWNERS_ALIASES that names no tech lead fails loudly, on the KEPs that need one ---

const aliasesCase = (name: string, aliases: string | undefined, why: string): InvalidKepCase => ({
  name,
  settings: kubernetes,
  file: TARGET,
  kep: betaMissing,
  dataFiles: aliases === undefined ? {} : { OWNERS_ALIASES: aliases },
  reports: [{ message: `cannot tell whether approvers include a member of sig-node-tech-leads: ${why}`, ...atApprovers(betaMissing) }]
})

testKepRule(assignedApprovers, {
  valid: [],
  invalid: [
    aliasesCase('missing file errors', undefined, 'OWNERS_ALIASES does not exist'),
    aliasesCase('missing alias errors loudly', 'aliases:\n  some-other-group:\n    - alice\n', 'OWNERS_ALIASES has no alias sig-node-tech-leads under aliases:'),
    aliasesCase('empty alias membership errors loudly', 'aliases:\n  sig-node-tech-leads: []\n', "OWNERS_ALIASES's alias sig-node-tech-leads has no members"),
    aliasesCase('malformed yaml errors (a tab used for indentation)', 'aliases:\n\tsig-node-tech-leads:\n', 'OWNERS_ALIASES cannot be read: line 2: ')
  ]
})

// --- Beyond upstream's cases: the upcoming release, the scope, what cannot be read ---

const pastAlpha = kepYaml({ stage: 'alpha', 'latest-milestone': '"v1.37"', approvers: '\n  - "@tallclair" # sig-node-assigned-approver' })
const planned = (n: number) => ({ [`keps/sig-node/${n}-planned/kep.yaml`]: kepYaml({ 'kep-number': String(n), 'latest-milestone': '"v1.38"' }) })
const alphaWithoutLead = kepYaml({ stage: 'alpha', 'latest-milestone': '"v1.37"', approvers: '\n  - "@someoneelse"' })

testKepRule(assignedApprovers, {
  valid: [
    // Two KEPs target v1.38: the upcoming release is v1.38, and this alpha KEP of v1.37 is from a past cycle, whose assigned approver prepares its beta.
    techLeadCase('an alpha KEP of a past cycle may name its assigned approver', pastAlpha, { others: { ...planned(43), ...planned(44) }, dataFiles: markedOwners }),
    // The same, with the upcoming release configured rather than read from the KEPs.
    techLeadCase('the upcoming release can be set (the option release)', pastAlpha, { dataFiles: markedOwners, options: { ...kubernetesOptions(), release: 'v1.38' } }),
    techLeadCase('the upcoming release can be set (the configuration: release)', pastAlpha, { dataFiles: markedOwners, settings: { ...kubernetes, config: { file: '.kep-validator.yml', release: 'v1.38' } } }),
    techLeadCase('a KEP whose latest-milestone predates v1.36 is left alone', kepYaml({ 'latest-milestone': '"v1.35"', approvers: '\n  - "@someoneelse"' })),
    techLeadCase('a KEP without a latest-milestone is left alone', kepYaml({ 'latest-milestone': null, approvers: '\n  - "@someoneelse"' })),
    techLeadCase('a withdrawn KEP is left alone', kepYaml({ status: 'withdrawn', 'latest-milestone': '"v1.37"', approvers: '\n  - "@someoneelse"' })),
    { ...techLeadCase('a KEP outside keps/sig-node needs no SIG Node tech lead', alphaWithoutLead), file: 'keps/sig-apps/42-pod-overhead/kep.yaml' },
    techLeadCase('OWNERS_ALIASES is not needed by a KEP the tech-lead rules leave alone', kepYaml({ 'latest-milestone': '"v1.30"' }), { dataFiles: {} })
  ],
  invalid: [
    // One KEP planning v1.38 does not move the upcoming release: v1.37, which two KEPs target, is still it.
    {
      ...techLeadCase('one KEP a release ahead does not move the upcoming release', alphaWithoutLead, {
        others: { ...planned(43), 'keps/sig-node/44-current/kep.yaml': kepYaml({ 'kep-number': '44', 'latest-milestone': '"v1.37"' }) }
      }),
      reports: [{ message: ALPHA_NEEDS_LEAD, ...atApprovers(alphaWithoutLead) }]
    },
    {
      ...techLeadCase('a comment after a flow list marks no item of it', kepYaml({ approvers: ' ["@tallclair"] # sig-node-assigned-approver' }), { dataFiles: markedOwners }),
      reports: [{ message: 'approvers[0] "@tallclair" is listed under approvers in keps/sig-node/42-pod-overhead/OWNERS but not marked', line: lineWith(kepYaml({ approvers: ' ["@tallclair"]' }), 'approvers:'), column: 14 }]
    },
    {
      ...techLeadCase('an OWNERS file that is not YAML is reported on the first marked handle', kepYaml({ reviewers: '\n  - "@alice" # sig-node-assigned-reviewer' }), {
        dataFiles: { 'keps/sig-node/42-pod-overhead/OWNERS': 'reviewers: [alice\n' }
      }),
      reports: [
        { message: /^keps\/sig-node\/42-pod-overhead\/OWNERS cannot be read as an OWNERS file \(line \d+: .+\), so the assigned reviewers and approvers cannot be checked against it/, line: lineWith(kepYaml(), '@reviewer') + 0, column: 5 }
      ]
    },
    {
      // The limits of every YAML file of a run: aliases expanded past 100 times are not read.
      ...techLeadCase('an OWNERS that expands aliases without end is not read', kepYaml(), {
        dataFiles: { 'keps/sig-node/42-pod-overhead/OWNERS': `a: &a [x, x]\nb: &b [${Array(12).fill('*a').join(', ')}]\nc: &c [${Array(12).fill('*b').join(', ')}]\nreviewers: [${Array(12).fill('*c').join(', ')}]\n` }
      }),
      reports: [{ message: /cannot be read as an OWNERS file \(line 1: .*aliases more than 100 times/, line: lineWith(kepYaml(), 'approvers:') }]
    },
    {
      ...techLeadCase('a binary OWNERS is not read', kepYaml(), { dataFiles: { 'keps/sig-node/42-pod-overhead/OWNERS': 'approvers:\u0000\n' } }),
      reports: [{ message: 'cannot be read as an OWNERS file (it holds binary data (a NUL byte), not YAML)', line: lineWith(kepYaml(), 'approvers:') }]
    },
    {
      ...techLeadCase('an OWNERS whose reviewers is not a list', kepYaml(), { dataFiles: { 'keps/sig-node/42-pod-overhead/OWNERS': 'reviewers: alice\n' } }),
      reports: [{ message: 'cannot be read as an OWNERS file (reviewers is "alice", not a list of handles)', line: lineWith(kepYaml(), 'approvers:') }]
    }
  ]
})

/** The kubernetes preset's options of the rule. */
function kubernetesOptions(): Record<string, unknown> {
  return {
    reviewerMarker: 'sig-node-assigned-reviewer',
    approverMarker: 'sig-node-assigned-approver',
    owners: 'OWNERS',
    aliases: 'OWNERS_ALIASES',
    techLeads: 'sig-node-tech-leads',
    folders: ['keps/sig-node'],
    since: 'v1.36',
    techLeadStages: ['alpha'],
    inactiveStatuses: ['withdrawn', 'rejected', 'replaced']
  }
}
