import { prodReadiness } from '../../src/rules/kep/prod-readiness.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { testKepRule } from '../helpers/ruleTester.js'

const PRR = 'keps/prod-readiness/sig-node/42.yaml'

/** Line (1-based) of the first line of a kep.yaml that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex(line => line.startsWith(prefix))
  if (index === -1) throw new Error(`no line starts with ${prefix}`)
  return index + 1
}

const approvedAlpha = { [PRR]: { 'kep-number': 42, alpha: { approver: '@x' } } }
const approvedAlphaBeta = { [PRR]: { 'kep-number': 42, alpha: { approver: '@x' }, beta: { approver: '@y' } } }
const none = {}

const beta = kepYaml({ stage: 'beta', milestone: '\n  alpha: "v1.29"\n  beta: "v1.30"' })
const alpha = kepYaml()
const implementedStableRecent = kepYaml({ status: 'implemented', stage: 'stable', 'latest-milestone': '"v1.21"' })
const implementedStableOld = kepYaml({ status: 'implemented', stage: 'stable', 'latest-milestone': '"v1.20"' })
const implementedNoMilestone = kepYaml({ status: 'implemented', stage: 'stable', 'latest-milestone': null })
const implementableOld = kepYaml({ 'latest-milestone': '"v1.19"' })
const stringNumber = kepYaml({ 'kep-number': '"42"' })

testKepRule(prodReadiness, {
  valid: [
    { name: 'an implementable alpha KEP whose alpha is approved', settings: kubernetes, prodReadiness: approvedAlpha, kep: alpha },
    // The schema reports the stage; no approval of a stage "gamma" is asked for.
    { name: "a stage the schema rejects is the schema's to report", settings: kubernetes, prodReadiness: approvedAlpha, kep: kepYaml({ stage: 'gamma' }) },
    { name: 'a beta KEP whose beta is approved (alpha too)', settings: kubernetes, prodReadiness: approvedAlphaBeta, kep: beta },
    { name: 'the number written as a string "42" finds 42.yaml', settings: kubernetes, prodReadiness: approvedAlpha, kep: stringNumber },
    { name: 'a provisional KEP needs no approval yet', settings: kubernetes, prodReadiness: none, kep: kepYaml({ status: 'provisional' }) },
    { name: "a KEP without a stage is stage-required's to report", settings: kubernetes, prodReadiness: none, kep: kepYaml({ stage: null }) },
    { name: 'a KEP without an assigned number has no approval file to name', settings: kubernetes, prodReadiness: none, kep: kepYaml({ 'kep-number': null }) }
  ],
  invalid: [
    {
      name: 'an implementable KEP without an approval file, at its status',
      settings: kubernetes,
      prodReadiness: none,
      kep: alpha,
      reports: [
        {
          message: `status is implementable but ${PRR} does not exist; an implementable KEP needs a production readiness approval of its stage — add that file with "kep-number: 42" and "alpha: {approver: "@…"}"`,
          line: lineOf(alpha, 'status:'),
          column: 9,
          relaxed: false
        }
      ]
    },
    {
      name: "the approval of another SIG's KEP 42 is not this KEP's",
      settings: kubernetes,
      prodReadiness: { 'keps/prod-readiness/sig-apps/42.yaml': { 'kep-number': 42, alpha: { approver: '@x' } } },
      kep: alpha,
      reports: [{ message: `${PRR} does not exist`, line: lineOf(alpha, 'status:'), relaxed: false }]
    },
    {
      name: 'a beta KEP whose approval file approves alpha only, at its stage',
      settings: kubernetes,
      prodReadiness: approvedAlpha,
      kep: beta,
      reports: [
        {
          message: `stage is beta but ${PRR} has no approver for beta (it approves alpha); ask a PRR approver to add "beta: {approver: "@…"}"`,
          line: lineOf(beta, 'stage:'),
          column: 8,
          relaxed: false
        }
      ]
    },
    {
      name: 'an approval file that approves no stage says so',
      settings: kubernetes,
      prodReadiness: { [PRR]: { 'kep-number': 42 } },
      kep: alpha,
      reports: [{ message: '(it approves no stage)', line: lineOf(alpha, 'stage:'), relaxed: false }]
    },
    {
      name: 'an empty approver does not approve',
      settings: kubernetes,
      prodReadiness: { [PRR]: { 'kep-number': 42, alpha: { approver: '' } } },
      kep: alpha,
      reports: [{ message: 'has no approver for alpha (it approves alpha)', line: lineOf(alpha, 'stage:'), relaxed: false }]
    },
    {
      name: 'an implemented KEP last worked on in v1.21, when the review existed, is not relaxed',
      settings: kubernetes,
      prodReadiness: approvedAlpha,
      kep: implementedStableRecent,
      reports: [{ message: 'stage is stable but', line: lineOf(implementedStableRecent, 'stage:'), relaxed: false }]
    },
    {
      name: 'an implemented KEP last worked on in v1.20, before the review, is relaxed (missing stage approval)',
      settings: kubernetes,
      prodReadiness: approvedAlpha,
      kep: implementedStableOld,
      reports: [{ message: 'stage is stable but', line: lineOf(implementedStableOld, 'stage:'), relaxed: true }]
    },
    {
      name: 'an implemented KEP last worked on in v1.20 without an approval file is relaxed',
      settings: kubernetes,
      prodReadiness: none,
      kep: implementedStableOld,
      reports: [{ message: 'status is implemented but', line: lineOf(implementedStableOld, 'status:'), relaxed: true }]
    },
    {
      name: 'an implemented KEP that says no latest-milestone is relaxed',
      settings: kubernetes,
      prodReadiness: none,
      kep: implementedNoMilestone,
      reports: [{ message: 'does not exist', relaxed: true }]
    },
    {
      name: 'an implementable KEP last worked on in v1.19 is not relaxed: it is being worked on now',
      settings: kubernetes,
      prodReadiness: none,
      kep: implementableOld,
      reports: [{ message: 'status is implementable but', relaxed: false }]
    }
  ]
})

// In a change, a relaxation holds only if the base grants it too: moving latest-milestone back does not excuse a KEP.
const implementableBetaRecent = kepYaml({ stage: 'beta', 'latest-milestone': '"v1.25"', milestone: '\n  alpha: "v1.24"\n  beta: "v1.25"' })
const implementedStableMovedBack = kepYaml({ status: 'implemented', stage: 'stable', 'latest-milestone': '"v1.20"', milestone: '\n  alpha: "v1.24"\n  beta: "v1.25"\n  stable: "v1.26"' })
const implementedStableNoMilestone = kepYaml({ status: 'implemented', stage: 'stable', 'latest-milestone': null })

testKepRule(prodReadiness, {
  valid: [],
  invalid: [
    {
      name: 'in a change, latest-milestone moved back before v1.21 does not relax a missing stable approval',
      settings: kubernetes,
      prodReadiness: approvedAlphaBeta,
      base: implementableBetaRecent,
      kep: implementedStableMovedBack,
      reports: [{ message: /has no approver for stable .*\(latest-milestone was "v1\.25" at the base: the review applies, whatever the change sets it to\)$/, line: lineOf(implementedStableMovedBack, 'stage:'), relaxed: false }]
    },
    {
      name: 'in a change, latest-milestone removed does not relax it either',
      settings: kubernetes,
      prodReadiness: approvedAlphaBeta,
      base: implementableBetaRecent,
      kep: implementedStableNoMilestone,
      reports: [{ message: 'has no approver for stable', relaxed: false }]
    },
    {
      name: 'in a change, a KEP the base had before v1.21 that stays there is still relaxed',
      settings: kubernetes,
      prodReadiness: approvedAlphaBeta,
      base: kepYaml({ stage: 'beta', 'latest-milestone': '"v1.19"' }),
      kep: implementedStableOld,
      reports: [{ message: 'has no approver for stable', relaxed: true }]
    },
    {
      name: 'in a change, moving latest-milestone forward past v1.21 ends the relaxation',
      settings: kubernetes,
      prodReadiness: approvedAlphaBeta,
      base: implementedStableOld,
      kep: implementedStableRecent,
      reports: [{ message: 'has no approver for stable', relaxed: false }]
    }
  ]
})
