import { describe, expect, it } from '@jest/globals'
import { indexFixCommand } from '../src/config/indexFixCommand.js'
import type { KepConfig } from '../src/config/configFile.js'

const REPO = '/repo'

describe('the command that fixes the index, as printed for the repository root', () => {
  it('is the bare command when the run used what the command finds by itself', () => {
    expect(indexFixCommand({ root: REPO, preset: 'kep-0001', indexFile: 'index.md' }, { from: REPO })).toBe('kep-validator index --write')
  })

  it('names the root, the preset and the index file the run used', () => {
    expect(indexFixCommand({ root: `${REPO}/keps`, preset: 'kubernetes', indexFile: 'KEPS.md' }, { from: REPO })).toBe('kep-validator index --write --root keps --preset kubernetes --index KEPS.md')
  })

  it('leaves out what the configuration file at the root already says', () => {
    const config: KepConfig = { file: `${REPO}/.kep-validator.yml`, root: `${REPO}/keps`, preset: 'kubernetes', index: 'KEPS.md' }
    expect(indexFixCommand({ root: `${REPO}/keps`, preset: 'kubernetes', indexFile: 'KEPS.md' }, { from: REPO, config })).toBe('kep-validator index --write')
  })

  it('names a configuration file elsewhere, and what the run set over it', () => {
    const config: KepConfig = { file: `${REPO}/ci/kep.yml`, root: `${REPO}/keps` }
    expect(indexFixCommand({ root: `${REPO}/proposals`, preset: 'kep-0001', indexFile: 'index.md' }, { from: REPO, config, lifecycle: `${REPO}/ci/lifecycle.json` })).toBe(
      'kep-validator index --write --config ci/kep.yml --root proposals --lifecycle ci/lifecycle.json'
    )
  })

  it('quotes what a shell would split or expand', () => {
    expect(indexFixCommand({ root: `${REPO}/my keps`, preset: 'kep-0001', indexFile: "it's $HOME.md" }, { from: REPO })).toBe(`kep-validator index --write --root 'my keps' --index 'it'\\''s $HOME.md'`)
  })
})
