import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadMarkdownParser, type MarkdownParser } from '../src/parse/markdownParser.js'
import { markdownHeadings } from '../src/readme/headings.js'
import { plainHeadings } from '../src/readme/plainHeadings.js'
import { Readme } from '../src/readme/readmes.js'
import { findMarkers, generateToc, TOC_START } from '../src/readme/tableOfContents.js'

/*
 * The table of contents of every README in the real kubernetes/enhancements: the repository's
 * CI runs hack/verify-toc.sh (mdtoc v1.4.0, --max-depth=5) on every pull request, so every table
 * in it is what mdtoc generates. The generator here regenerates every one byte for byte, and
 * the line scan a whole repository is read with reads the headings as the parse does.
 */

const defaultCorpusPath = fileURLToPath(new URL('../../shared/corpus/kubernetes-enhancements', import.meta.url))
const corpusPath = process.env.KEP_CORPUS ?? defaultCorpusPath
const skippedBecause = corpusPath === 'none' ? 'KEP_CORPUS=none' : process.env.KEP_CORPUS === undefined && !existsSync(corpusPath) ? `corpus not found at ${corpusPath}` : undefined
if (skippedBecause) console.warn(`README corpus test skipped: ${skippedBecause}`)
const describeCorpus = skippedBecause ? describe.skip : describe

describeCorpus('the tables of contents of kubernetes/enhancements', () => {
  let parser: MarkdownParser
  let files: string[]
  const texts = new Map<string, string>()
  beforeAll(async () => {
    parser = await loadMarkdownParser()
    files = spawnSync('find', ['keps', '-name', '*.md'], { cwd: corpusPath, encoding: 'utf8' }).stdout.trim().split('\n').sort()
    for (const file of files) texts.set(file, readFileSync(join(corpusPath, file), 'utf8'))
  })

  it('generates every table byte for byte but for white space around it, which mdtoc accepts and leaves; only one README has no markers', () => {
    const noMarkers: string[] = []
    const spacedOut: string[] = []
    const differ: string[] = []
    for (const file of files) {
      const raw = texts.get(file)!
      const { start, end } = findMarkers(raw)
      if (start === -1 || end === -1) {
        noMarkers.push(file)
        continue
      }
      const text = raw.replace(/\r\n?/g, '\n')
      const plain = plainHeadings(parser, text, end)
      const toc = generateToc(plain?.sure ? plain.headings : markdownHeadings(parser, text, end), 5)
      // What mdtoc --inplace writes: the text up to the start marker, a line break, the table, the rest from the end marker.
      if (`${raw.slice(0, start + TOC_START.length)}\n${toc}${raw.slice(end)}` === raw) continue
      if (raw.slice(start + TOC_START.length, end).trim() === toc.trim()) spacedOut.push(file)
      else differ.push(file)
    }
    expect(files.length).toBeGreaterThan(650)
    // prod-readiness/README.md explains the approval files; upstream lists it in hack/.notableofcontents.
    expect(noMarkers).toEqual(['keps/prod-readiness/README.md'])
    expect(differ).toEqual([])
    // A blank line after <!-- toc --> or before <!-- /toc -->: mdtoc compares without it, and so does the rule (docs/presets.md).
    expect(spacedOut).toHaveLength(7)
  })

  it('finds every table fresh, as the rule reads them (the line scan where it is sure, a parse where it guessed)', () => {
    const stale = files.filter(file => {
      const readme = new Readme(file, texts.get(file)!.replace(/\r\n?/g, '\n'))
      const state = readme.toc(5)!
      return state.state !== 'fresh' && !(state.state === 'no-markers' && file === 'keps/prod-readiness/README.md')
    })
    expect(stale).toEqual([])
  })

  it('the line scan reads the headings as the parse does: where it is sure, and where it guessed', () => {
    let sure = 0
    const guessed: string[] = []
    const differ: string[] = []
    files.forEach((file, i) => {
      const text = texts.get(file)!.replace(/\r\n?/g, '\n')
      const { end } = findMarkers(text)
      if (end === -1) return
      const plain = plainHeadings(parser, text, end)
      if (plain?.sure) sure++
      else guessed.push(file)
      // Every guess, and every tenth sure reading, against the parse (a parse of all 655 takes a minute).
      if (plain?.sure && i % 10 !== 0) return
      const summary = (headings: ReturnType<typeof markdownHeadings>) => JSON.stringify(headings.map(h => [h.depth, h.text, h.html, h.span.line]))
      if (!plain || summary(plain.headings) !== summary(markdownHeadings(parser, text, end))) differ.push(file)
    })
    expect(differ).toEqual([])
    expect(sure).toBeGreaterThan(600)
    expect(guessed.length).toBeLessThan(30)
  })
})
