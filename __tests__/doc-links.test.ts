import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { RULES } from '../src/rules/registry.js'

/**
 * The README and the docs/ pages link to each other by relative paths and #anchors: every one
 * must land on a file that exists and, for an anchor, on a heading of that file, as GitHub
 * names headings.
 */

const PAGES = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync('docs')
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
]

/** The lines outside fenced code blocks. */
function outsideFences(markdown: string): string[] {
  const lines: string[] = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === undefined && marker) fence = marker[0]
    else if (fence !== undefined && marker?.[0] === fence) fence = undefined
    else if (fence === undefined) lines.push(line)
  }
  return lines
}

/** The text outside fenced code blocks, without code spans (a link in code is no link). */
function prose(markdown: string): string {
  return outsideFences(markdown)
    .map(line => line.replace(/`[^`]*`/g, '``'))
    .join('\n')
}

/** GitHub's anchor for a heading: lower case, punctuation dropped (but - and _), spaces made -; repeats numbered. */
function slug(heading: string): string {
  const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '')
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function anchors(file: string): Set<string> {
  const seen = new Map<string, number>()
  const result = new Set<string>()
  for (const line of outsideFences(readFileSync(file, 'utf8'))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]
    if (heading === undefined) continue
    const base = slug(heading)
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    result.add(count === 0 ? base : `${base}-${count}`)
  }
  return result
}

/** Every inline link's target in a page's prose. */
function links(file: string): string[] {
  return [...prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(match => match[1])
}

describe('links between the README and the docs pages', () => {
  it('slugs headings as GitHub does', () => {
    expect(slug('Forks and `pull_request_target`')).toBe('forks-and-pull_request_target')
    expect(slug('Reports: what KEP-1 promises')).toBe('reports-what-kep-1-promises')
    expect(slug('The schema: `schemas/kep-0001.schema.json`')).toBe('the-schema-schemaskep-0001schemajson')
    expect(slug('What a KEP is, and where its metadata lives')).toBe('what-a-kep-is-and-where-its-metadata-lives')
    expect(slug('`schema`')).toBe('schema')
  })

  it.each(PAGES.map(page => [page]))('%s: every relative link lands on a file, and every anchor on a heading', page => {
    const broken: string[] = []
    for (const target of links(page)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue // https:, mailto:
      const [path, anchor] = target.split('#') as [string, string | undefined]
      const file = path === '' ? page : normalize(join(dirname(page), decodeURIComponent(path)))
      if (!existsSync(file)) {
        broken.push(`${target}: no file ${file}`)
        continue
      }
      if (anchor === undefined) continue
      if (statSync(file).isDirectory() || !file.endsWith('.md')) broken.push(`${target}: an anchor in a file that is not markdown`)
      else if (!anchors(file).has(anchor)) broken.push(`${target}: no heading #${anchor} in ${file}`)
    }
    expect(broken).toEqual([])
  })

  it('the README lists every docs page', () => {
    const listed = new Set(links('README.md').map(target => target.split('#')[0]))
    for (const page of PAGES.filter(page => page.startsWith('docs/'))) expect([page, listed.has(page)]).toEqual([page, true])
  })

  it('every rule has its heading in the rules page, where the job summary links', () => {
    for (const rule of RULES.values()) {
      const [file, anchor] = rule.meta.docs.split('#')
      expect([rule.meta.id, anchors(file).has(anchor)]).toEqual([rule.meta.id, true])
    }
  })
})
