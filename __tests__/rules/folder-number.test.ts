import { folderNumber } from '../../src/rules/kep/folder-number.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { testKepRule } from '../helpers/ruleTester.js'

/** Line (1-based) of the first line of a kep.yaml that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex(line => line.startsWith(prefix))
  if (index === -1) throw new Error(`no line starts with ${prefix}`)
  return index + 1
}

const otherNumber = kepYaml({ 'kep-number': '1884' })
const stringOtherNumber = kepYaml({ 'kep-number': '"1884"' })

testKepRule(folderNumber, {
  valid: [
    { name: 'kep-number 42 in folder 42-pod-overhead', settings: kubernetes, kep: kepYaml() },
    { name: 'the number written as a string "42" is the same number', settings: kubernetes, kep: kepYaml({ 'kep-number': '"42"' }) },
    { name: 'a zero-padded folder 0042-pod-overhead names number 42', settings: kubernetes, file: 'keps/sig-node/0042-pod-overhead/kep.yaml', kep: kepYaml() },
    { name: 'a KEP without a kep-number has nothing to compare with its numbered folder', settings: kubernetes, kep: kepYaml({ 'kep-number': null }) },
    { name: 'a draft number is not an assigned number to compare', settings: kubernetes, kep: kepYaml({ 'kep-number': 'draft-20240115' }) }
  ],
  invalid: [
    {
      name: 'kep-number 1884 in folder 42-pod-overhead',
      settings: kubernetes,
      kep: otherNumber,
      reports: [
        {
          message: "kep-number is 1884 but the KEP's folder is 42-pod-overhead; the number and the folder must agree: set kep-number to 42 or rename the folder",
          line: lineOf(otherNumber, 'kep-number:'),
          column: 13,
          expected: ['42']
        }
      ]
    },
    {
      name: 'kep-number "1884" as a string in folder 42-pod-overhead',
      settings: kubernetes,
      kep: stringOtherNumber,
      reports: [{ message: 'kep-number is 1884 but', line: lineOf(stringOtherNumber, 'kep-number:'), expected: ['42'] }]
    },
    {
      name: 'a folder without a number names the number to put first',
      settings: kubernetes,
      file: 'keps/sig-node/pod-overhead/kep.yaml',
      kep: kepYaml(),
      reports: [{ message: 'the KEP\'s folder "pod-overhead" does not start with its number; name it <kep-number>-<short-title>, here 42-…', line: 1, column: 1 }]
    },
    {
      name: 'a folder without a number, for a KEP without a number either, asks for the pattern only',
      settings: kubernetes,
      file: 'keps/sig-node/pod-overhead/kep.yaml',
      kep: kepYaml({ 'kep-number': null }),
      reports: [{ message: /does not start with its number; name it <kep-number>-<short-title>$/, line: 1 }]
    },
    {
      name: 'a folder that is only a number, without the dash and short title',
      settings: kubernetes,
      file: 'keps/sig-node/42/kep.yaml',
      kep: kepYaml(),
      reports: [{ message: 'the KEP\'s folder "42" does not start with its number', line: 1 }]
    }
  ]
})
