import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Files, filesSource, readNamedFile } from '../src/files/files.js'
import { removeRepos, writeRepo } from './helpers/repo.js'

/** files/, the one module that touches files: its contract, on real files and real links. */

afterAll(removeRepos)

const SECRET = 'GITHUB_TOKEN=ghs_secret\n'

/** A repository with a file, and beside it a folder with a secret, linked in three ways. */
function repository(): { root: string; elsewhere: string; files: Files } {
  const elsewhere = writeRepo({ secret: SECRET })
  const root = writeRepo({ 'sig-node/kep.md': 'kep\n' })
  symlinkSync(join(elsewhere, 'secret'), join(root, 'linked.md'))
  symlinkSync(elsewhere, join(root, 'linked-folder'))
  symlinkSync('sig-node', join(root, 'relative-link'))
  return { root, elsewhere, files: new Files(root) }
}

describe('Files reads', () => {
  it('regular files by a root-relative or an absolute path inside the root', () => {
    const { root, files } = repository()
    expect(files.readText('sig-node/kep.md')).toBe('kep\n')
    expect(files.readText(join(root, 'sig-node/kep.md'))).toBe('kep\n')
  })

  it('never through a link, at the file or at any folder on the way, relative links included', () => {
    const { files } = repository()
    expect(() => files.read('linked.md')).toThrow(/^linked\.md is a symbolic link; links are never followed/)
    expect(() => files.read('linked-folder/secret')).toThrow(/^linked-folder\/secret is under linked-folder, which is a symbolic link/)
    expect(() => files.read('relative-link/kep.md')).toThrow(/is under relative-link, which is a symbolic link/)
  })

  it('nothing outside the root, nothing under .git, nothing that is not a regular file, nothing over the limit', () => {
    const { root, files } = repository()
    expect(() => files.read('../x')).toThrow(/^\.\.\/x is outside the repository/)
    expect(() => files.read('/etc/passwd')).toThrow(/^\/etc\/passwd is outside the repository /)
    mkdirSync(join(root, '.git'))
    writeFileSync(join(root, '.git/config'), SECRET)
    expect(() => files.read('.git/config')).toThrow(/^\.git\/config is inside \.git/)
    expect(() => files.read('sig-node/.GIT/config')).toThrow(/inside \.git/)
    execFileSync('mkfifo', [join(root, 'pipe')])
    expect(() => files.read('pipe')).toThrow(/^pipe is a named pipe \(FIFO\), not a file$/)
    expect(() => files.read('sig-node')).toThrow(/^sig-node is a folder$/)
    expect(() => files.read('sig-node/kep.md', 2)).toThrow(/more than the .* MB a file may be; it is not read/)
  })

  it('says what an entry is without following it; a link exists (it is refused, never skipped as absent)', () => {
    const { files } = repository()
    expect(files.entry('sig-node/kep.md')).toEqual({ kind: 'file', size: 4 })
    expect(files.entry('sig-node')?.kind).toBe('folder')
    expect(files.entry('linked.md')?.kind).toBe('symlink')
    expect(files.exists('linked.md')).toBe(true)
    expect(files.exists('missing.md')).toBe(false)
    expect(files.exists('sig-node/kep.md/under-a-file')).toBe(false)
    expect(() => files.entry('linked-folder/secret')).toThrow(/under linked-folder, which is a symbolic link/)
  })

  it('lists a folder with what each entry is, never a folder that is a link', () => {
    const { files } = repository()
    expect(files.list().sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'linked-folder', kind: 'symlink' },
      { name: 'linked.md', kind: 'symlink' },
      { name: 'relative-link', kind: 'symlink' },
      { name: 'sig-node', kind: 'folder' }
    ])
    expect(() => files.list('linked-folder')).toThrow(/under linked-folder, which is a symbolic link/)
  })
})

describe('Files writes', () => {
  it('makes the folders a file needs, and never writes through a link on the way', () => {
    const { root, elsewhere, files } = repository()
    files.write('sig-apps/deferred/kep.md', 'new\n')
    expect(readFileSync(join(root, 'sig-apps/deferred/kep.md'), 'utf8')).toBe('new\n')
    expect(() => files.write('linked-folder/new.md', 'x')).toThrow(/^linked-folder\/new\.md is under linked-folder, which is a symbolic link/)
    expect(() => files.write('linked.md', 'x')).toThrow(/^linked\.md is a symbolic link; .*: it is not written$/)
    expect(() => files.makeFolders('linked-folder/sub')).toThrow(/^linked-folder\/sub is under linked-folder, which is a symbolic link/)
    expect(() => files.makeFolders('linked-folder')).toThrow(/^linked-folder is a symbolic link/)
    expect(readdirSync(elsewhere)).toEqual(['secret'])
    expect(readFileSync(join(elsewhere, 'secret'), 'utf8')).toBe(SECRET)
  })

  it('creates a file only when asked to if it does not exist yet', () => {
    const { files } = repository()
    expect(() => files.write('sig-node/kep.md', 'x', { create: true })).toThrow(/^sig-node\/kep\.md already exists: it is not written$/)
    files.write('sig-node/other.md', 'x', { create: true })
    expect(files.readText('sig-node/other.md')).toBe('x')
  })

  it('moves a regular file to a path that does not exist, never into a linked folder, never a link', () => {
    const { root, elsewhere, files } = repository()
    expect(() => files.move('sig-node/kep.md', 'linked-folder/kep.md')).toThrow(/^linked-folder\/kep\.md is under linked-folder, which is a symbolic link/)
    expect(() => files.move('linked.md', 'moved.md')).toThrow(/^linked\.md is a symbolic link; .*: it is not moved$/)
    files.write('sig-node/two.md', 'two')
    expect(() => files.move('sig-node/kep.md', 'sig-node/two.md')).toThrow(/^cannot move sig-node\/kep\.md to sig-node\/two\.md: it exists$/)
    files.move('sig-node/kep.md', 'sig-node/deferred/kep.md')
    expect(readFileSync(join(root, 'sig-node/deferred/kep.md'), 'utf8')).toBe('kep\n')
    expect(readdirSync(elsewhere)).toEqual(['secret'])
  })
})

describe('filesSource: the files that configure a run', () => {
  it('reads a path from the innermost root that holds it, and refuses one under none', () => {
    const { root, elsewhere } = repository()
    writeFileSync(join(elsewhere, 'sigs.yaml'), 'sigs: []\n')
    const source = filesSource([root], path => `${path} is not ours`)
    expect(source.read(join(root, 'sig-node/kep.md'))).toBe('kep\n')
    expect(() => source.read(join(root, 'linked-folder/sigs.yaml'))).toThrow(/under linked-folder, which is a symbolic link/)
    expect(() => source.read(join(elsewhere, 'sigs.yaml'))).toThrow(/sigs\.yaml is not ours$/)
    expect(() => source.exists('/proc/self/environ')).toThrow(/environ is not ours$/)
    // A folder named by the user is a root: what is under it is read, the folders above it are theirs.
    expect(filesSource([root, join(root, 'linked-folder')]).read(join(root, 'linked-folder/sigs.yaml'))).toBe('sigs: []\n')
  })

  it("always reads the validator's own schemas", () => {
    const source = filesSource([])
    expect(source.read(new URL('../schemas/lifecycle.schema.json', import.meta.url).pathname)).toContain('"transitions"')
  })
})

describe('readNamedFile: a file named by itself (the runner event)', () => {
  it('is read when regular, never through a link', () => {
    const { root } = repository()
    expect(readNamedFile(join(root, 'sig-node/kep.md')).toString()).toBe('kep\n')
    expect(() => readNamedFile(join(root, 'linked.md'))).toThrow(/linked\.md is a symbolic link/)
  })
})
