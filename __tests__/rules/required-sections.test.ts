import { describe, expect, it } from '@jest/globals'
import { headingPattern, requiredSectionsRule } from '../../src/presets/openshift/rules/required-sections.js'
import { BUILTIN_TEMPLATE, requiredSections } from '../../src/presets/openshift/template.js'
import { BODY, enhancement, openshift, SECTIONS } from '../helpers/openshift.js'
import { testKepRule } from '../helpers/ruleTester.js'

// hack/template-lint.sh: `grep -q "^${header_line}"` for every heading of the template that is not [optional].
const without = (...sections: string[]) =>
  enhancement(
    {},
    BODY.split('\n\n')
      .filter(part => !sections.some(section => part.startsWith(`${section}\n`) || part === section))
      .join('\n\n')
  )

testKepRule(requiredSectionsRule, {
  valid: [
    { name: 'every section of the template', kep: enhancement(), settings: openshift, newFile: true },
    { name: 'a heading in a code block counts, as grep sees it', kep: enhancement({}, `# Neat\n\n\`\`\`\n${SECTIONS.join('\n')}\n\`\`\`\n`), settings: openshift, newFile: true },
    { name: 'a longer heading that starts with the template\'s counts ("## Summary of the change")', kep: enhancement({}, BODY.replace('## Summary\n', '## Summary of the change\n')), settings: openshift, newFile: true },
    { name: "the template's [optional] sections are not required", kep: enhancement({}, BODY.replace('## Test Plan', '## Open Questions [optional]\n\n## Test Plan')), settings: openshift, newFile: true },
    { name: 'a repository whose template asks for less', kep: enhancement({}, '# Neat\n\n## Summary\n'), settings: openshift, options: { sections: ['## Summary'] }, newFile: true }
  ],
  invalid: [
    {
      // Real: enhancements/agent-installer/agent-based-installer.md lacks these (and more): the template grew since.
      name: 'sections the template added later',
      kep: without('### Workflow Description', '#### OpenShift Kubernetes Engine'),
      settings: openshift,
      newFile: true,
      reports: [
        {
          message:
            '2 sections of the template are missing: "### Workflow Description", "#### OpenShift Kubernetes Engine"; OpenShift\'s template-lint (hack/template-lint.sh) requires every heading of guidelines/enhancement_template.md that is not [optional] — add them (a section that does not apply says why)',
          expected: ['### Workflow Description', '#### OpenShift Kubernetes Engine'],
          line: 18,
          column: 1,
          relaxed: false
        }
      ]
    },
    {
      name: "a heading one level too deep does not start with the template's (grep ^## Proposal does not match ### Proposal)",
      kep: enhancement({}, BODY.replace('## Proposal\n', '### Proposal\n')),
      settings: openshift,
      newFile: true,
      reports: [{ message: 'a section of the template is missing: "## Proposal";' }]
    },
    {
      name: 'a heading written in other words',
      kep: enhancement({}, BODY.replace('## Alternatives (Not Implemented)', '## Alternatives')),
      settings: openshift,
      newFile: true,
      reports: [{ expected: ['## Alternatives (Not Implemented)'] }]
    },
    {
      name: 'an enhancement that is not new: a warning',
      kep: without('## Support Procedures'),
      settings: openshift,
      reports: [{ relaxed: true }]
    }
  ]
})

describe("the template's required sections", () => {
  it('are the headings from ## down that are not [optional], as template-lint.sh greps them', () => {
    expect(requiredSections(BUILTIN_TEMPLATE)).toEqual(SECTIONS)
    // A line indented is not one of them (grep '^##'); read trims the blanks after it and drops backslashes.
    expect(requiredSections('## A  \n  ### B\n## C [optional]\n# Title\n##\\_D\n')).toEqual(['## A', '##_D'])
  })

  it("are matched as grep's basic regular expressions, at the start of a line", () => {
    expect(headingPattern('### Implementation Details/Notes/Constraints').test('### Implementation Details/Notes/Constraints')).toBe(true)
    expect(headingPattern('## Alternatives (Not Implemented)').test('## Alternatives (Not Implemented) and more')).toBe(true)
    expect(headingPattern('### Dev Preview -> Tech Preview').test('  ### Dev Preview -> Tech Preview')).toBe(false)
    // In a basic regular expression "." is any character and "[…]" a class.
    expect(headingPattern('## v1.2').test('## v1x2')).toBe(true)
    expect(headingPattern('## [AB]').test('## B')).toBe(true)
    expect(headingPattern('## a\\.b').test('## axb')).toBe(false)
  })
})
